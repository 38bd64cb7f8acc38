using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// One name, one reading per document: a name found once ("Gloria", "Ostrava") is found again where the same words stand
/// alone elsewhere in the document and nothing else claimed them, and a person's surname alone ("Sarvis" after "Robert
/// Sarvis") is that person, and so are an organisation's initials ("HIMS"). The tagger decides token by token from local context, so it misses later mentions whose
/// context is weaker; this pass makes the document agree with itself.
/// </summary>
internal static class NamePropagation
{
    /// <summary>Room for the words looked up at one position; a longer run is no remembered name.</summary>
    private const int JoinedChars = 256;

    /// <summary>Documents with more names than this get tables of their own rather than the thread's.</summary>
    private const int MaxKeptNames = 4096;

    [ThreadStatic]
    private static Dictionary<string, (string Type, string? Canonical)>? _known;

    [ThreadStatic]
    private static Dictionary<string, int>? _longest;

    /// <param name="text">The document text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentenceStarts">Which tokens start a sentence or a line.</param>
    /// <param name="merged">The names found so far; new ones are appended.</param>
    /// <param name="owner">For each token, the index in <paramref name="merged"/> of the name holding it, or -1.</param>
    /// <param name="lowerCaseWords">The words the document writes in lower case.</param>
    public static void Propagate(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged, int[] owner, LowerCaseWordSet lowerCaseWords)
    {
        var stems = CompanyStems.Find(text, tokens, merged, lowerCaseWords);
        PartyStems.AddTo(stems, text, tokens, merged, lowerCaseWords);
        CompanyStems.Retype(text, tokens, merged, stems);
        // The two tables are the pass's largest allocation per document; each thread keeps its own and clears it (not those of
        // a document with very many names, which would stay that large for the thread's lifetime).
        var keep = merged.Count <= MaxKeptNames;
        var known = keep ? _known ??= new Dictionary<string, (string Type, string? Canonical)>(StringComparer.Ordinal) : new(StringComparer.Ordinal);
        var longest = keep ? _longest ??= new Dictionary<string, int>(StringComparer.Ordinal) : new(StringComparer.Ordinal);
        known.Clear();
        longest.Clear();
        known.EnsureCapacity(2 * merged.Count);
        longest.EnsureCapacity(2 * merged.Count);
        foreach (var (surface, stem) in stems)
        {
            known[surface] = (EntityTypes.Organization, stem.Canonical);
            longest[stem.FirstWord] = Math.Max(longest.GetValueOrDefault(stem.FirstWord), stem.Words);
        }

        foreach (var name in merged)
        {
            Remember(TokenText.Join(text, tokens, name.FirstToken, name.LastToken), name.Type, name.Canonical, name.LastToken - name.FirstToken + 1, text, tokens[name.FirstToken], known, longest);
        }

        foreach (var name in merged)
        {
            if (name.Type != EntityTypes.Person || name.LastToken <= name.FirstToken)
            {
                continue;
            }

            var surname = tokens[name.LastToken];
            Remember(TokenText.Of(text, surname).ToString(), EntityTypes.Person, null, 1, text, surname, known, longest);

            // "Barrientos" after "Rocío Barrientos Lugo": the first of two surnames names the person too.
            // Not a word the document also writes in lower case ("Iodine" of a misread "National Iodine Nutrition").
            // "Etcheverry" after "María Noel Etcheverry Lasarte": two given names, then the two surnames.
            var firstSurname = name.LastToken - name.FirstToken == 2 ? name.FirstToken + 1
                : name.LastToken - name.FirstToken == 3 && FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken + 1])) ? name.FirstToken + 2
                : -1;
            if (firstSurname > 0 && EntityLinker.IsFirstOfTwoSurnames(TokenText.Of(text, tokens[firstSurname]))
                && !LooksLikeCommonWord(TokenText.Lower(text, tokens[firstSurname]), lowerCaseWords))
            {
                Remember(TokenText.Of(text, tokens[firstSurname]).ToString(), EntityTypes.Person, null, 1, text, tokens[firstSurname], known, longest);
            }
        }

        // "Chavalit" after "Chavalit Yongchaiyudh", "Megawati" after "Megawati Sukarnoputri": where custom has a person called
        // by the given name, it stands alone as that person. Last, so a surname or a place of the same spelling wins.
        HashSet<string>? givenNames = null;
        foreach (var name in merged)
        {
            if (name.Type != EntityTypes.Person || name.LastToken <= name.FirstToken)
            {
                continue;
            }

            var given = tokens[name.FirstToken];
            var word = TokenText.Of(text, given).ToString();
            if (given.Kind == TokenKind.Word && given.Length > 2 && !known.ContainsKey(word) && !TokenText.LowerIn(NameWords.SurnameParticles, text, given)
                && !LooksLikeCommonWord(TokenText.Lower(text, given), lowerCaseWords))
            {
                Remember(word, EntityTypes.Person, null, 1, text, given, known, longest);
                (givenNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(word);
            }
        }

        AddInitials(text, tokens, merged, known, longest);
        if (known.Count == 0)
        {
            return;
        }

        var longestLookup = longest.GetAlternateLookup<ReadOnlySpan<char>>();
        var knownLookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> joined = stackalloc char[JoinedChars];
        var next = 0;
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            // A name found runs to its last word; the search goes on after it.
            if (i < next || owner[i] >= 0 || !longestLookup.TryGetValue(TokenText.Of(text, tokens[i]), out var maxWords))
            {
                continue;
            }

            // A capitalised word before makes this part of a longer name, unless it is a title before a person's name
            // ("even Administrator Bolden").
            var capitalBefore = CapitalBefore(text, tokens, sentenceStarts, i);
            var afterTitle = capitalBefore && TokenText.LowerIn(NameWords.StrongPersonTitles, text, tokens[i - 1]);
            if (capitalBefore && !afterTitle)
            {
                continue;
            }

            for (var length = Math.Min(maxWords, tokens.Length - i); length >= 1; length--)
            {
                var last = i + length - 1;
                if (owner.AsSpan(i, length).IndexOfAnyExcept(-1) >= 0 || Crosses(sentenceStarts, i, last) || CapitalAfter(text, tokens, sentenceStarts, last)
                    || !TokenText.TryJoin(text, tokens, i, last, joined, out var written)
                    || !knownLookup.TryGetValue(joined[..written], out var reading) || (afterTitle && reading.Type != EntityTypes.Person))
                {
                    continue;
                }

                if (length == 1 && sentenceStarts[i] && TokenText.LowerIn(lowerCaseWords, text, tokens[i]))
                {
                    // "Will", "Rose", "Mark" opening a sentence: the document also uses the word as a common word.
                    break;
                }

                if (length == 1 && i > 0 && givenNames is not null && givenNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(TokenText.Of(text, tokens[i]))
                    && TokenText.Of(text, tokens[i - 1]) is "the" or "a" or "an" or "The" or "A" or "An")
                {
                    // "the Kestrel" after the ship "Kestrel Star": nobody is called by the given name with an article.
                    break;
                }

                owner.AsSpan(i, length).Fill(merged.Count);
                merged.Add(new NameCandidate(i, last, reading.Type, reading.Canonical, NameEvidence.Likely));
                next = last + 1;
                break;
            }
        }
    }

    /// <summary>
    /// "Emergency" of a misread "Emergency Management", "National" of "National Grid": a word the document also writes in
    /// lower case, a head word, or one with a common noun's or adjective's ending is not a given name to look for alone.
    /// </summary>
    private static bool LooksLikeCommonWord(string lower, LowerCaseWordSet lowerCaseWords)
        => NameWords.OrganizationHeads.Contains(lower) || NameWords.LocationHeads.Contains(lower) || lowerCaseWords.Contains(lower)
            || lower.EndsWith("ment", StringComparison.Ordinal) || lower.EndsWith("tion", StringComparison.Ordinal)
            || lower.EndsWith("ency", StringComparison.Ordinal) || lower.EndsWith("ance", StringComparison.Ordinal)
            || lower.EndsWith("ence", StringComparison.Ordinal) || lower.EndsWith("ness", StringComparison.Ordinal)
            || lower.EndsWith("ity", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal)
            || lower.EndsWith("al", StringComparison.Ordinal) || lower.EndsWith("ic", StringComparison.Ordinal)
            || lower.EndsWith("ern", StringComparison.Ordinal) || lower.EndsWith("ese", StringComparison.Ordinal);

    /// <summary>"HIMS" for "Halden Institute for Maritime Studies": an organisation's or place's initials name it too.</summary>
    private static void AddInitials(
        string text, ImmutableArray<Token> tokens, List<NameCandidate> merged,
        Dictionary<string, (string Type, string? Canonical)> known, Dictionary<string, int> longest)
    {
        // Nothing here changes the list, so it is read as it stands rather than copied.
        foreach (var name in merged)
        {
            if (name.LastToken == name.FirstToken || name.Type is not (EntityTypes.Organization or EntityTypes.Geopolitical or EntityTypes.Location))
            {
                continue;
            }

            var initials = new System.Text.StringBuilder();
            for (var i = name.FirstToken; i <= name.LastToken; i++)
            {
                if (TokenText.IsCapitalised(text, tokens[i]))
                {
                    initials.Append(text[tokens[i].Start]);
                }
            }

            if (initials.Length >= 2)
            {
                var acronym = initials.ToString();
                // The expansion's reading replaces whatever the acronym alone was read as.
                known[acronym] = (name.Type, name.Canonical ?? TokenText.Join(text, tokens, name.FirstToken, name.LastToken));
                longest[acronym] = Math.Max(longest.GetValueOrDefault(acronym), 1);
            }
        }

        // An acronym already found takes its expansion's type and name ("FRO" is the GPE "Federal Republic of Ostrava").
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.FirstToken == name.LastToken && TokenText.IsAcronym(text, tokens[name.FirstToken])
                && known.TryGetValue(TokenText.Of(text, tokens[name.FirstToken]).ToString().Replace(".", string.Empty, StringComparison.Ordinal), out var expansion))
            {
                merged[k] = name with { Type = expansion.Type, Canonical = expansion.Canonical };
            }
        }
    }

    private static void Remember(
        string surface, string type, string? canonical, int words, string text, Token first,
        Dictionary<string, (string Type, string? Canonical)> known, Dictionary<string, int> longest)
    {
        if (!known.TryAdd(surface, (type, canonical)))
        {
            return;
        }

        var firstWords = longest.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstWord = TokenText.Of(text, first);
        if (!firstWords.TryGetValue(firstWord, out var most) || words > most)
        {
            firstWords[firstWord] = words;
        }
    }

    /// <summary>
    /// True when a capitalised word of the same sentence stands just before token <paramref name="first"/>: a match there would
    /// cut a longer name. Not an article opening the sentence ("An ACT spokesperson said").
    /// </summary>
    private static bool CapitalBefore(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, int first)
        => first > 0 && !sentenceStarts[first] && TokenText.IsCapitalised(text, tokens[first - 1])
           && !(sentenceStarts[first - 1] && TokenText.Of(text, tokens[first - 1]) is "The" or "A" or "An");

    /// <summary>True when a capitalised word of the same sentence stands just after token <paramref name="last"/>.</summary>
    private static bool CapitalAfter(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, int last)
        => last + 1 < tokens.Length && !sentenceStarts[last + 1] && TokenText.IsCapitalised(text, tokens[last + 1]);

    private static bool Crosses(IReadOnlyList<bool> sentenceStarts, int first, int last)
    {
        for (var i = first + 1; i <= last; i++)
        {
            if (sentenceStarts[i])
            {
                return true;
            }
        }

        return false;
    }
}
