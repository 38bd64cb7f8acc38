using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Text;

namespace NewsTrace.Entities;

/// <summary>
/// Merges a document's names into entities and gives each mention its canonical name: the gazetteer's canonical for known
/// names, otherwise the longest full name of the chain. Chains are built from transliteration-insensitive keys
/// (<see cref="NameKey"/>): a full person name joins others with the same key, a single word joins the person whose
/// first or last name it is, and an acronym joins the name whose initials it spells ("FRK" = "Federal Republic of Kesmaria").
/// </summary>
internal static partial class EntityLinker
{
    /// <param name="text">The document text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="candidates">The recognised names.</param>
    /// <param name="keepTypes">
    /// True when the types are final (the tagger's): linking then only gives canonical names, from names of the same type,
    /// and never retypes a name ("Australia" stays a place even when "Western Australia" was misread as a person).
    /// </param>
    public static ImmutableArray<EntityMention> Link(string text, ImmutableArray<Token> tokens, List<NameCandidate> candidates, bool keepTypes = false)
    {
        candidates.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var surfaces = candidates.ConvertAll(c => TokenText.Join(text, tokens, c.FirstToken, c.LastToken));

        // Full names (two words or more) grouped by key; the canonical is the longest written form, first seen on a tie.
        var fullNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var fullTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        var partToKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var initialsToName = new Dictionary<string, string>(StringComparer.Ordinal);
        var headToKey = new Dictionary<string, string?>(StringComparer.Ordinal);
        Dictionary<string, List<string>>? sharedSurnames = null;
        for (var k = 0; k < candidates.Count; k++)
        {
            var candidate = candidates[k];
            if (candidate.Canonical is not null || candidate.LastToken == candidate.FirstToken || candidate.Type is EntityTypes.Nationality or "?" or "?ORG")
            {
                continue;
            }

            var key = KeyOf(surfaces[k], keys);
            if (!fullNames.TryGetValue(key, out var best) || surfaces[k].Length > best.Length)
            {
                fullNames[key] = surfaces[k];
            }

            fullTypes.TryAdd(key, candidate.Type);
            var words = surfaces[k].Split(' ');
            if (candidate.Type == EntityTypes.Person)
            {
                var surname = NameKey.OfWord(words[^1]);
                if (!partToKey.TryAdd(surname, key))
                {
                    AddSharedSurname(ref sharedSurnames, surname, partToKey[surname], key);
                }
                partToKey.TryAdd(NameKey.OfWord(words[0]), key);
                if (words.Length == 3 && IsFirstOfTwoSurnames(words[1]))
                {
                    // "Leticia Anzures Fuentes", later "Anzures": Spanish and Portuguese custom calls a person by the first of
                    // two surnames.
                    partToKey.TryAdd(NameKey.OfWord(words[1]), key);
                }
                else if (words.Length == 4 && Data.FirstNames.Contains(words[1]) && IsFirstOfTwoSurnames(words[2]))
                {
                    // "María Noel Etcheverry Lasarte", later "Etcheverry": two given names, then the two surnames.
                    partToKey.TryAdd(NameKey.OfWord(words[2]), key);
                }

                if (ShorterFormOf(words) is { } shorter)
                {
                    // "Kenneth Cheuk" and "Lau" for "Kenneth Cheuk Wing-hong" and "Winnie Lau Ka-yan"; "Ó Riada" for "Tomás Ó Riada".
                    var shorterKey = NameKey.Of(shorter);
                    if (!fullNames.TryGetValue(shorterKey, out var shorterBest) || surfaces[k].Length > shorterBest.Length)
                    {
                        fullNames[shorterKey] = surfaces[k];
                    }

                    fullTypes.TryAdd(shorterKey, EntityTypes.Person);
                    if (IsChineseGivenName(words[^1]))
                    {
                        partToKey.TryAdd(NameKey.OfWord(words[^2]), key);
                    }
                }
            }

            if (candidate.Type == EntityTypes.Organization && HeadWord(words) is { } head)
            {
                // A head two bodies share ("the Council" after "Security Council" and "European Council") names neither.
                var headKey = NameKey.OfWord(head);
                headToKey[headKey] = headToKey.TryGetValue(headKey, out var other) && other != key ? null : key;
            }

            initialsToName.TryAdd(Initials(words), key);
            if (candidate.Type == EntityTypes.Organization && BracketedShortName(text, tokens, candidate.LastToken, words) is { } shortName)
            {
                initialsToName.TryAdd(shortName, key);
            }

            if (words.Length > 2 && words[0] is "U.S." or "US" or "UK" or "U.K.")
            {
                // "U.S. Immigration and Customs Enforcement" is "ICE": the country before an agency's name is no initial of it.
                initialsToName.TryAdd(Initials(words[1..]), key);
            }
        }

        var mentions = ImmutableArray.CreateBuilder<EntityMention>(candidates.Count);
        var lastEnd = -1;
        Dictionary<string, (string Key, int Token)>? lastSharer = null;
        for (var k = 0; k < candidates.Count; k++)
        {
            var candidate = candidates[k];
            var span = new TextSpan(tokens[candidate.FirstToken].Start, tokens[candidate.LastToken].End);
            if (span.Start < lastEnd)
            {
                continue;
            }

            var (type, canonical) = keepTypes
                ? (candidate.Type, candidate.Canonical ?? ResolveCanonical(candidate, surfaces[k], KeyOf(surfaces[k], keys), fullNames, fullTypes, partToKey, initialsToName))
                : Resolve(candidate, surfaces[k], KeyOf(surfaces[k], keys), fullNames, fullTypes, partToKey, initialsToName);

            // "the Corps said" after "the U.S. Army Corps of Engineers": a body called by its head word alone is the body.
            if (type == EntityTypes.Organization && candidate.Canonical is null && candidate.FirstToken == candidate.LastToken && canonical == surfaces[k]
                && candidate.FirstToken > 0 && TokenText.Of(text, tokens[candidate.FirstToken - 1]) is "the" or "The"
                && headToKey.TryGetValue(NameKey.OfWord(surfaces[k]), out var bodyKey) && bodyKey is not null && fullTypes[bodyKey] == EntityTypes.Organization)
            {
                canonical = fullNames[bodyKey];
            }
            if (type is null)
            {
                continue;
            }

            // "Ms Mulvaney" where the story names Terence and Colleen Mulvaney: the honorific tells which of them; without one,
            // the one of them named just before ("Hiroshi Tanabe said ... The elder Tanabe said"), or, named before neither,
            // nobody yet: the surname stays as written.
            if (sharedSurnames is not null && type == EntityTypes.Person)
            {
                canonical = SharedSurnameOwner(text, tokens, candidate, surfaces[k], KeyOf(surfaces[k], keys), sharedSurnames, fullNames, ref lastSharer) ?? canonical;
            }

            mentions.Add(new EntityMention(span, type, canonical));
            lastEnd = span.End;
        }

        return mentions.ToImmutable();
    }

    private static (string? Type, string? Canonical) Resolve(
        NameCandidate candidate,
        string surface,
        string key,
        Dictionary<string, string> fullNames,
        Dictionary<string, string> fullTypes,
        Dictionary<string, string> partToKey,
        Dictionary<string, string> initialsToName)
    {
        if (candidate.Canonical is not null)
        {
            // "Paris" is a city unless the document names a person "Valeska Paris".
            var isPersonPart = candidate.FirstToken == candidate.LastToken && candidate.Type != EntityTypes.Nationality && partToKey.TryGetValue(key, out var owner);
            return isPersonPart ? (EntityTypes.Person, fullNames[partToKey[key]]) : (candidate.Type, candidate.Canonical);
        }

        if (fullNames.TryGetValue(key, out var full))
        {
            return (candidate.Type is "?" or "?ORG" ? fullTypes[key] : candidate.Type, full);
        }

        if (candidate.FirstToken == candidate.LastToken)
        {
            if (partToKey.TryGetValue(key, out var personKey) && candidate.Type is EntityTypes.Person or "?" or "?ORG")
            {
                return (EntityTypes.Person, fullNames[personKey]);
            }

            if (initialsToName.TryGetValue(surface.Replace(".", string.Empty, StringComparison.Ordinal), out var expansionKey))
            {
                return (fullTypes[expansionKey], fullNames[expansionKey]);
            }
        }

        return candidate.Type switch
        {
            "?" => (null, null),
            "?ORG" => (EntityTypes.Organization, surface),
            _ => (candidate.Type, surface),
        };
    }

    /// <summary>The canonical name of a mention whose type is settled: the longest full name of the same type it belongs to, or itself.</summary>
    private static string ResolveCanonical(
        NameCandidate candidate,
        string surface,
        string key,
        Dictionary<string, string> fullNames,
        Dictionary<string, string> fullTypes,
        Dictionary<string, string> partToKey,
        Dictionary<string, string> initialsToName)
    {
        if (candidate.Canonical is not null)
        {
            return candidate.Canonical;
        }

        if (fullNames.TryGetValue(key, out var full) && fullTypes[key] == candidate.Type)
        {
            return full;
        }

        if (candidate.FirstToken == candidate.LastToken)
        {
            if (candidate.Type == EntityTypes.Person && partToKey.TryGetValue(key, out var personKey))
            {
                return fullNames[personKey];
            }

            if (initialsToName.TryGetValue(surface.Replace(".", string.Empty, StringComparison.Ordinal), out var expansionKey) && fullTypes[expansionKey] == candidate.Type)
            {
                return fullNames[expansionKey];
            }
        }

        return surface;
    }

    /// <summary>Particles written with a capital inside Irish, Dutch, Italian and Arabic surnames ("Ó Riada", "De Rossi").</summary>
    private static readonly WordSet CapitalParticles = FrozenSet.ToFrozenSet(
        ["ó", "ní", "nic", "mac", "ua", "de", "di", "da", "van", "von", "le", "la", "del", "della", "al", "el", "dos", "du"], StringComparer.Ordinal);

    /// <summary>
    /// The shorter form a person of three words or more is called by later: Hong Kong style puts a Western given name before
    /// the surname and a hyphenated Chinese given name after it ("Winnie Lau Ka-yan", later "Lau" or "Winnie Lau"); a surname
    /// with a particle keeps it ("Tomás Ó Riada", later "Mr Ó Riada"; "Ursula von der Leyen", later "Von der Leyen"); Spanish
    /// custom drops the second of two surnames ("Julia Coyoy Tzul", later "Julia Coyoy"). Null for other names.
    /// </summary>
    private static string? ShorterFormOf(string[] words)
    {
        if (words.Length < 3)
        {
            return null;
        }

        if (IsChineseGivenName(words[^1]) && char.IsUpper(words[^2][0]))
        {
            return string.Join(' ', words[..^1]);
        }

        if (IsCapitalParticle(words[^2]))
        {
            return string.Join(' ', words[^2..]);
        }

        // "Ursula von der Leyen", later "Von der Leyen"; "Héctor de los Santos", later "De los Santos": a surname that opens
        // with lower-case particles keeps them, capitalised where it opens a sentence.
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (words[i].Length > 0 && char.IsLower(words[i][0]) && Data.NameWords.SurnameParticles.Contains(words[i]))
            {
                return string.Join(' ', words[i..]);
            }
        }

        // "Julia Coyoy Tzul", later "Julia Coyoy": a given name and the first of two surnames (not "Mark Felt Jr.", a son).
        if (words.Length == 3 && Data.FirstNames.Contains(words[0]) && IsFirstOfTwoSurnames(words[1]) && IsFirstOfTwoSurnames(words[2]))
        {
            return string.Join(' ', words[..2]);
        }

        return null;
    }

    /// <summary>
    /// The middle word of a three-word name that can be a first surname ("Anzures" in "Leticia Anzures Fuentes"): a
    /// capitalised word of three letters or more that is no initial, particle or given name ("Jessica" in "Sarah Jessica
    /// Parker" is a second given name, which nobody is called by alone).
    /// </summary>
    internal static bool IsFirstOfTwoSurnames(ReadOnlySpan<char> word)
        => word.Length > 2 && char.IsUpper(word[0]) && word[1..].IndexOfAnyInRange('A', 'Z') < 0 && word[^1] != '.' && word.IndexOf('-') < 0
           && !IsCapitalParticle(word) && !Data.FirstNames.Contains(word);

    /// <summary>Whether the word is one of <see cref="CapitalParticles"/> in any case, looked up without a string ("De", "Van").</summary>
    private static bool IsCapitalParticle(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[8];
        return word.Length <= lower.Length && word.ToLowerInvariant(lower) == word.Length && CapitalParticles.Contains(lower[..word.Length]);
    }

    /// <summary>"Ka-yan", "Wing-hong", "Chun-kit": a two-syllable Chinese given name joined by a hyphen, the second in lower case.</summary>
    private static bool IsChineseGivenName(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen >= 2 && hyphen <= 5 && hyphen < word.Length - 2 && word.Length - hyphen <= 6 && char.IsUpper(word[0]) && char.IsLower(word[hyphen + 1])
               && word.AsSpan(1, hyphen - 1).IndexOfAnyExceptInRange('a', 'z') < 0 && word.AsSpan(hyphen + 1).IndexOfAnyExceptInRange('a', 'z') < 0;
    }

    /// <summary>The name's key, computed once per distinct written form in the document.</summary>
    private static string KeyOf(string surface, Dictionary<string, string> keys)
    {
        if (!keys.TryGetValue(surface, out var key))
        {
            key = NameKey.Of(surface);
            keys[surface] = key;
        }

        return key;
    }

    /// <summary>
    /// The head word of a body's name of three words or more: the word before its first "of" or "for" ("Corps" in "U.S. Army
    /// Corps of Engineers", "Institute" in "Institute for Justice"), else its last word ("Commission" in "Federal
    /// Communications Commission"); null for a head that is no capitalised word.
    /// </summary>
    private static string? HeadWord(string[] words)
    {
        if (words.Length < 3)
        {
            return null;
        }

        var of = Array.FindIndex(words, 1, word => word is "of" or "for");
        var head = of > 0 ? words[of - 1] : words[^1];
        return head.Length > 1 && char.IsUpper(head[0]) && head.AsSpan(1).IndexOfAnyInRange('A', 'Z') < 0 ? head : null;
    }

    /// <summary>Initials of the capitalised words: "Federal Republic of Kesmaria" gives "FRK".</summary>
    private static string Initials(string[] words)
    {
        Span<char> letters = stackalloc char[words.Length];
        var count = 0;
        foreach (var word in words)
        {
            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                letters[count++] = word[0];
            }
        }

        return count >= 2 ? new string(letters[..count]) : "\0";
    }
}
