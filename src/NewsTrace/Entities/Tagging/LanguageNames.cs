using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// A language is no person, organisation or place (CoNLL's miscellaneous names; GUM's abstract ones), but an unknown one
/// looks like a name to the tagger: "Mbeleko is a Bantu language ... Mbeleko speakers ... speak Mbeleko". The text says what
/// it is, so a name it calls a language anywhere is dropped everywhere in the document, and so is an unknown name that opens
/// or closes with it ("Jóola Fogny" where "Jóola languages" was written). Known names are kept: a gazetteer's place stays a
/// place whatever the text says is spoken there, and a person who is speaking ("Lavrov speaking to reporters") defines nothing,
/// since only the hyphenated "-speaking" and the plural "speakers" after a determiner or a lower-case word count.
/// </summary>
internal static class LanguageNames
{
    private const int MaxWords = 3;
    private const int MaxWordsBeforeCue = 5;

    /// <summary>Words that follow a language's name and say what it is.</summary>
    private static readonly WordSet Cues = FrozenSet.ToFrozenSet(["language", "languages", "dialect", "dialects"], StringComparer.Ordinal);

    /// <summary>Verbs after which a capitalised word is the language spoken ("speak Tovara").</summary>
    private static readonly WordSet SpeakVerbs = FrozenSet.ToFrozenSet(["speak", "speaks", "spoke", "speaking"], StringComparer.Ordinal);

    private const string SpeakingSuffix = "-speaking";

    /// <summary>Sentence-opening words before a language's name that are not part of it ("The Kinga and Ndali languages").</summary>
    private static readonly WordSet Openers = FrozenSet.ToFrozenSet(
        ["The", "A", "An", "Most", "Many", "Some", "All", "Few", "Other", "These", "Those", "Its", "Their", "His", "Her", "Our", "Both", "Native"],
        StringComparer.Ordinal);

    /// <summary>
    /// Every cue, verb and "-speaking" word above holds one of these. Most documents hold none, and one vectorised search of
    /// the text finds that sooner than the walk over every token below.
    /// </summary>
    private static readonly SearchValues<string> CueStems = SearchValues.Create(["language", "dialect", "speak", "spoke"], StringComparison.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        if (!text.AsSpan().ContainsAny(CueStems))
        {
            return;
        }

        HashSet<string>? languages = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            // The cues and verbs below all open with "l", "d" or "s", and a "-speaking" word with a capital: one test of the
            // first letter passes over most words without the lookups.
            var word = TokenText.Of(text, tokens[i]);
            if (word.IsEmpty || (word[0] is not ('l' or 'd' or 's') && !char.IsUpper(word[0])))
            {
                continue;
            }

            if (Cues.Contains(word))
            {
                AddRunsBefore(text, tokens, i, requireLowerBefore: false, ref languages);
                AddSubjectOfDefinition(text, tokens, i, ref languages);
            }
            else if (word.SequenceEqual("speakers"))
            {
                if (i + 2 < tokens.Length && TokenText.Is(text, tokens[i + 1], "of"))
                {
                    AddRunFrom(text, tokens, i + 2, ref languages);
                }

                AddRunsBefore(text, tokens, i, requireLowerBefore: true, ref languages);
            }
            else if (SpeakVerbs.Contains(word) && i + 1 < tokens.Length)
            {
                AddRunFrom(text, tokens, i + 1, ref languages);
            }
            else if (word.Length > SpeakingSuffix.Length && word.EndsWith(SpeakingSuffix, StringComparison.Ordinal) && char.IsUpper(word[0]))
            {
                Add(word[..^SpeakingSuffix.Length], ref languages);
            }
        }

        if (languages is null)
        {
            return;
        }

        // A surname of a person named in full is no language, whatever was said of it ("used Bush language").
        foreach (var name in merged)
        {
            if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken)
            {
                languages.Remove(TokenText.Of(text, tokens[name.LastToken]).ToString());
            }
        }

        var lookup = languages.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> surface = stackalloc char[64];
        for (var k = merged.Count - 1; k >= 0; k--)
        {
            if (!IsKnown(merged[k]) && merged[k].Type != EntityTypes.Nationality && IsLanguage(text, tokens, merged[k], lookup, surface))
            {
                merged.RemoveAt(k);
            }
        }
    }

    private static bool IsLanguage(string text, ImmutableArray<Token> tokens, NameCandidate name, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> languages, Span<char> surface)
    {
        // "EEGIMAA" in a capitals headline is the language written as "Eegimaa" below it.
        var capitals = TokenText.IsAcronym(text, tokens[name.FirstToken]);
        if (TokenText.TryJoin(text, tokens, name.FirstToken, name.LastToken, surface, out var written) && Names(languages, surface[..written], capitals))
        {
            return true;
        }

        // "Jóola Fogny", "Gújjolaay Eegimaa": an unknown longer name opening or closing with a language, with no head word
        // that makes it a place or a body ("Ndali Hills", "Ndali Council").
        return name.LastToken > name.FirstToken
               && (Names(languages, Copy(text, tokens[name.FirstToken], surface), capitals) || Names(languages, Copy(text, tokens[name.LastToken], surface), capitals))
               && !HasHeadWord(text, tokens, name);
    }

    /// <summary>
    /// A gazetteer's name or a titled person. Other canonical names are the document's own spelling of a name in a capitals
    /// headline, which says nothing of what it is.
    /// </summary>
    private static bool IsKnown(NameCandidate name)
        => name.Canonical is not null && (name.Type == EntityTypes.Person || Gazetteer.Entries.ContainsKey(name.Canonical));

    private static bool Names(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> languages, Span<char> surface, bool capitals)
        => languages.Contains(surface) || (capitals && languages.Contains(NameCase.FromCapitals(surface)));

    private static Span<char> Copy(string text, Token token, Span<char> destination)
    {
        var word = TokenText.Of(text, token);
        if (word.Length > destination.Length)
        {
            return [];
        }

        word.CopyTo(destination);
        return destination[..word.Length];
    }

    private static bool HasHeadWord(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        for (var k = name.FirstToken; k <= name.LastToken; k++)
        {
            var lower = TokenText.Lower(text, tokens[k]);
            if (NameWords.LocationHeads.Contains(lower) || NameWords.OrganizationHeads.Contains(lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The capitalised run just before <paramref name="cue"/> ("Ndali languages"), and the runs joined to it by "and", "or"
    /// or commas ("The Kinga and Ndali languages").
    /// </summary>
    private static void AddRunsBefore(string text, ImmutableArray<Token> tokens, int cue, bool requireLowerBefore, ref HashSet<string>? languages)
    {
        var end = cue - 1;
        while (end >= 0)
        {
            var start = end;
            while (start >= 0 && end - start < MaxWords && IsNameWord(text, tokens, start) && TokenText.OnSameLine(text, tokens[start], tokens[end]))
            {
                start--;
            }

            if (start == end)
            {
                return;
            }

            // A run at the start of the text or after a capitalised word may be part of a longer name the cue does not define.
            if (requireLowerBefore && (start < 0 || !IsLowerWord(text, tokens[start])))
            {
                return;
            }

            AddSpan(text, tokens, start + 1, end, ref languages);
            if (start < 1 || !(TokenText.Is(text, tokens[start], "and") || TokenText.Is(text, tokens[start], "or") || TokenText.Of(text, tokens[start]) is ","))
            {
                return;
            }

            end = start - 1;
        }
    }

    /// <summary>"Mbeleko is a Bantu language": the subject of "is a ... language" is the language.</summary>
    private static void AddSubjectOfDefinition(string text, ImmutableArray<Token> tokens, int cue, ref HashSet<string>? languages)
    {
        for (var k = cue - 1; k >= 2 && cue - k <= MaxWordsBeforeCue; k--)
        {
            var word = TokenText.Of(text, tokens[k]);
            if (word is "a" or "an" or "the")
            {
                if (TokenText.Of(text, tokens[k - 1]) is "is" or "was" or "remains")
                {
                    var end = k - 2;
                    var start = end;
                    while (start > 0 && end - start + 1 < MaxWords && IsNameWord(text, tokens, start - 1))
                    {
                        start--;
                    }

                    if (IsNameWord(text, tokens, end))
                    {
                        AddSpan(text, tokens, start, end, ref languages);
                    }
                }

                return;
            }

            if (tokens[k].Kind != TokenKind.Word)
            {
                return;
            }
        }
    }

    /// <summary>The capitalised run opening at <paramref name="first"/> ("speak Tovara", "speakers of Ikwere").</summary>
    private static void AddRunFrom(string text, ImmutableArray<Token> tokens, int first, ref HashSet<string>? languages)
    {
        var last = first;
        while (last < tokens.Length && last - first < MaxWords && IsNameWord(text, tokens, last) && TokenText.OnSameLine(text, tokens[first], tokens[last]))
        {
            last++;
        }

        if (last > first)
        {
            AddSpan(text, tokens, first, last - 1, ref languages);
        }
    }

    private static void AddSpan(string text, ImmutableArray<Token> tokens, int first, int last, ref HashSet<string>? languages)
    {
        while (first <= last && Openers.Contains(TokenText.Of(text, tokens[first])))
        {
            first++;
        }

        if (first > last)
        {
            return;
        }

        Span<char> surface = stackalloc char[64];
        if (TokenText.TryJoin(text, tokens, first, last, surface, out var written))
        {
            Add(surface[..written], ref languages);
        }
    }

    private static void Add(ReadOnlySpan<char> language, ref HashSet<string>? languages)
    {
        // A known name (a country, a city, an organisation) is what the text says it is, not a language.
        if (language.Length == 0 || Gazetteer.Lookup.ContainsKey(language) || NameWords.NotNames.Contains(language.ToString()))
        {
            return;
        }

        (languages ??= new HashSet<string>(StringComparer.Ordinal)).Add(language.ToString());
    }

    private static bool IsNameWord(string text, ImmutableArray<Token> tokens, int index)
        => index >= 0 && tokens[index].Kind == TokenKind.Word && char.IsUpper(text[tokens[index].Start]);

    private static bool IsLowerWord(string text, Token token) => token.Kind == TokenKind.Word && char.IsLower(text[token.Start]);
}
