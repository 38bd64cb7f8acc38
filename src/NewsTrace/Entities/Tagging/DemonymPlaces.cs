using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Countries and provinces the gazetteer does not hold, known by what the document does with them: a name it also writes as
/// a nationality ("Orvania" beside "Orvanian officials", "Talmor" beside "the Talmorese press") is a place, and the
/// nationality a nationality; a lone name that owns an office of state ("Orvania's foreign minister", "Talmoria's deputy
/// ambassador", "Velmora's border") is a place. Such names end as many women's given names do ("-ia", "-a"), so the tagger
/// reads them as people; the document's own derivations and possessions are the better evidence. Given names are left alone
/// ("Julia" beside "Julian" are two people), and so is a name the document has speak in the possessive test ("Kessler said").
/// </summary>
internal static class DemonymPlaces
{
    /// <summary>Words after a possessive that only a state owns: its ministers, envoys, capital and frontier.</summary>
    private static readonly WordSet StateOffices = FrozenSet.ToFrozenSet(
        ["ambassador", "embassy", "consulate", "parliament", "capital", "border", "borders", "territory", "frontier"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first word of a two-word office of state ("foreign minister", "prime minister", "central bank").</summary>
    private static readonly WordSet OfficePortfolios = FrozenSet.ToFrozenSet(
        ["foreign", "prime", "interior", "defence", "defense", "finance", "central", "armed"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordSet OfficeHeads = FrozenSet.ToFrozenSet(
        ["minister", "ministry", "bank", "forces"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that may stand between the possessive and the office ("Talmoria's deputy ambassador", "its U.N. ambassador").</summary>
    private static readonly WordSet OfficeModifiers = FrozenSet.ToFrozenSet(
        ["deputy", "former", "new", "acting", "top", "chief", "senior", "permanent", "first", "outgoing", "U.N.", "UN", "southern", "northern", "eastern", "western"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        HashSet<string>? places = null;
        HashSet<string>? nationalities = null;
        var capitalised = CapitalisedTokens.Of(text, tokens);
        foreach (var i in capitalised)
        {
            // The cheap tests of the word's shape come before the set lookups: this runs per capitalised word.
            var word = Bare(text, tokens[i]);
            if (word.Length < 5 || !IsPlainName(word))
            {
                continue;
            }

            if ((word[^1] is 'n' or 'i' || word.EndsWith("ese", StringComparison.Ordinal)) && !Data.FirstNames.Contains(word)
                && BaseOf(text, tokens, capitalised, word) is { } place)
            {
                (places ??= new HashSet<string>(StringComparer.Ordinal)).Add(place);
                (nationalities ??= new HashSet<string>(StringComparer.Ordinal)).Add(word.ToString());
            }
            else if (PlaceContext.IsPossessive(text, tokens, i) && OwnsStateOffice(text, tokens, i) && !Data.FirstNames.Contains(word)
                && IsLoneOrUnfound(text, tokens, merged, i) && !PlaceContext.Speaks(text, tokens, word))
            {
                (places ??= new HashSet<string>(StringComparer.Ordinal)).Add(word.ToString());
            }
        }

        foreach (var i in capitalised)
        {
            // "the Kesmarian capital, Dorval, in October": the capital in apposition.
            if (i >= 2 && TokenText.Is(text, tokens[i - 1], ",") && TokenText.Is(text, tokens[i - 2], "capital") && i + 1 < tokens.Length
                && TokenText.Of(text, tokens[i + 1]) is "," or "." or ";" && IsPlainName(TokenText.Of(text, tokens[i])) && IsLoneOrUnfound(text, tokens, merged, i)
                && !PlaceContext.Speaks(text, tokens, TokenText.Of(text, tokens[i])))
            {
                (places ??= new HashSet<string>(StringComparer.Ordinal)).Add(TokenText.Of(text, tokens[i]).ToString());
            }
        }

        for (var i = 1; i + 1 < tokens.Length; i++)
        {
            // "Tevania will not block the bridge ..., its U.N. ambassador said": what owns a state's office is a state.
            if (tokens[i].Length == 3 && text[tokens[i].Start] == 'i' && TokenText.Is(text, tokens[i], "its") && OwnsStateOffice(text, tokens, i - 1, i + 1) && OwnerOfIts(text, tokens, merged, i) is { } owner)
            {
                (places ??= new HashSet<string>(StringComparer.Ordinal)).Add(owner);
            }
        }

        if (places is null)
        {
            return;
        }

        Mark(text, tokens, capitalised, merged, places, EntityTypes.Geopolitical);
        if (nationalities is not null)
        {
            Mark(text, tokens, capitalised, merged, nationalities, EntityTypes.Nationality);
        }
    }

    /// <summary>
    /// The name <paramref name="word"/> is the nationality of, when the document writes it: "Orvanian" of "Orvania", "Kenyan"
    /// of "Kenya", "Belmarkian" of "Belmark", "Moroccan" of "Morocco", "Talmorese" of "Talmor", "Iraqi" of "Iraq".
    /// </summary>
    private static string? BaseOf(string text, ImmutableArray<Token> tokens, ReadOnlySpan<int> capitalised, ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[word.Length + 1];
        if (word.EndsWith("ese", StringComparison.Ordinal))
        {
            return Written(text, tokens, capitalised, word[..^3], buffer) ?? Written(text, tokens, capitalised, word[..^3], buffer, 'a');
        }

        if (word.EndsWith("ian", StringComparison.Ordinal))
        {
            return Written(text, tokens, capitalised, word[..^1], buffer) ?? Written(text, tokens, capitalised, word[..^3], buffer)
                ?? Written(text, tokens, capitalised, word[..^3], buffer, 'a') ?? Written(text, tokens, capitalised, word[..^3], buffer, 'e');
        }

        if (word.EndsWith("an", StringComparison.Ordinal))
        {
            return Written(text, tokens, capitalised, word[..^2], buffer) ?? Written(text, tokens, capitalised, word[..^2], buffer, 'o')
                ?? Written(text, tokens, capitalised, word[..^1], buffer);
        }

        return word.EndsWith('i') ? Written(text, tokens, capitalised, word[..^1], buffer) : null;
    }

    /// <summary>The stem (with <paramref name="ending"/> when given) when a capitalised word of the document is exactly that; else null.</summary>
    private static string? Written(string text, ImmutableArray<Token> tokens, ReadOnlySpan<int> capitalised, ReadOnlySpan<char> stem, Span<char> buffer, char ending = '\0')
    {
        if (stem.Length < 4)
        {
            return null;
        }

        stem.CopyTo(buffer);
        var length = stem.Length;
        if (ending != '\0')
        {
            buffer[length++] = ending;
        }

        var wanted = buffer[..length];
        if (Data.FirstNames.Contains(wanted))
        {
            return null;
        }

        foreach (var i in capitalised)
        {
            if (Bare(text, tokens[i]).SequenceEqual(wanted))
            {
                return wanted.ToString();
            }
        }

        return null;
    }

    /// <summary>"Orvania's foreign minister", "Talmoria's deputy ambassador", "Velmora's border": an office only a state holds after the possessive.</summary>
    private static bool OwnsStateOffice(string text, ImmutableArray<Token> tokens, int i)
        => OwnsStateOffice(text, tokens, i, TokenText.Of(text, tokens[i]).Length > 2 && (TokenText.Of(text, tokens[i]).EndsWith("'s", StringComparison.Ordinal)
            || TokenText.Of(text, tokens[i]).EndsWith("’s", StringComparison.Ordinal)) ? i + 1 : i + 2);

    /// <summary>The office test with the first word after the owner at <paramref name="next"/>.</summary>
    private static bool OwnsStateOffice(string text, ImmutableArray<Token> tokens, int i, int next)
    {
        for (var skipped = 0; next < tokens.Length && skipped < 2 && OfficeModifiers.Contains(TokenText.Of(text, tokens[next])); skipped++)
        {
            next++;
        }

        if (next >= tokens.Length || !TokenText.OnSameLine(text, tokens[i], tokens[next]))
        {
            return false;
        }

        var office = TokenText.Of(text, tokens[next]);
        if (office is "capital")
        {
            // "Orvania's capital, Dorval" and "the capital city", not a firm's "capital spending".
            return next + 1 >= tokens.Length || TokenText.Of(text, tokens[next + 1]) is "," or "." or "city";
        }

        return StateOffices.Contains(office)
            || (OfficePortfolios.Contains(office) && next + 1 < tokens.Length && OfficeHeads.Contains(TokenText.Of(text, tokens[next + 1])));
    }

    /// <summary>
    /// The one-word person the tagger guessed nearest before "its" in its sentence, when nothing else could own the office
    /// (no other person, no organisation, no known place between), and the document never has it speak; else null.
    /// </summary>
    private static string? OwnerOfIts(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int its)
    {
        for (var k = its - 1; k >= 0 && !TokenText.Is(text, tokens[k], ".") && TokenText.OnSameLine(text, tokens[k], tokens[its]); k--)
        {
            if (MergedNames.At(merged, k) is not { } name)
            {
                // A capitalised word inside the sentence that nothing found ("Neighbouring Sarvonia will not ...").
                var unfound = TokenText.Of(text, tokens[k]);
                if (k > 0 && TokenText.IsCapitalised(text, tokens[k]) && char.IsLetter(text[tokens[k - 1].Start]) && TokenText.OnSameLine(text, tokens[k - 1], tokens[k])
                    && unfound.Length >= 4 && IsPlainName(unfound) && !Data.FirstNames.Contains(unfound) && !Data.NameWords.NotNames.Contains(unfound)
                    && !PlaceContext.Speaks(text, tokens, unfound))
                {
                    return unfound.ToString();
                }

                continue;
            }

            if (name.Type == EntityTypes.Person)
            {
                var word = TokenText.Of(text, tokens[k]);
                return name.Canonical is null && name.FirstToken == name.LastToken && IsPlainName(word) && !Data.FirstNames.Contains(word)
                    && !PlaceContext.Speaks(text, tokens, word) ? word.ToString() : null;
            }

            if (name.Type is EntityTypes.Organization or EntityTypes.Geopolitical)
            {
                return null;
            }

            k = name.FirstToken;
        }

        return null;
    }

    /// <summary>
    /// No name holds the token, or only a one-word guess of the tagger's: a person, or an organisation unless the office is an
    /// ambassador (a firm has "brand ambassadors").
    /// </summary>
    private static bool IsLoneOrUnfound(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int i)
    {
        if (MergedNames.At(merged, i) is not { } name)
        {
            return true;
        }

        return name.Canonical is null && name.FirstToken == name.LastToken
            && (name.Type == EntityTypes.Person || (name.Type == EntityTypes.Organization && !OfficeIsAmbassador(text, tokens, i)));
    }

    private static bool OfficeIsAmbassador(string text, ImmutableArray<Token> tokens, int i)
    {
        for (var k = i + 1; k < Math.Min(tokens.Length, i + 5); k++)
        {
            if (TokenText.Is(text, tokens[k], "ambassador"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Gives every one-word mention of the words the type: a guess of the tagger's (no known name behind it) is retyped, and
    /// a mention no name holds is added.
    /// </summary>
    private static void Mark(string text, ImmutableArray<Token> tokens, ReadOnlySpan<int> capitalised, List<NameCandidate> merged, HashSet<string> words, string type)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var i in capitalised)
        {
            if (!lookup.Contains(Bare(text, tokens[i])))
            {
                continue;
            }

            var at = merged.FindIndex(name => name.FirstToken <= i && i <= name.LastToken);
            if (at < 0)
            {
                merged.Add(new NameCandidate(i, i, type, null, NameEvidence.Strong));
            }
            else if (merged[at] is { Canonical: null } guessed && guessed.FirstToken == guessed.LastToken
                && guessed.Type is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Geopolitical or EntityTypes.Nationality)
            {
                merged[at] = guessed with { Type = type };
            }
        }
    }

    /// <summary>The word without a possessive ending ("Orvania’s" is "Orvania").</summary>
    private static ReadOnlySpan<char> Bare(string text, Token token)
    {
        var word = TokenText.Of(text, token);
        return word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) ? word[..^2] : word;
    }

    /// <summary>Letters only, capitalised once ("Orvania"; not "ORVANIA", "McKay").</summary>
    private static bool IsPlainName(ReadOnlySpan<char> word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (!char.IsLower(word[k]))
            {
                return false;
            }
        }

        return true;
    }
}
