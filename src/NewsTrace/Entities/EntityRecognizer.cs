using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities;

/// <summary>
/// Finds names in one document from capitalisation, word lists and context, without a model:
/// runs of capitalised tokens (joined by "of", "de", "bin"...) are cut into known names (gazetteer, longest match),
/// titles ("Foreign Minister", "spokesman", "Mr.") that mark the next name as a person, and unknown names typed by
/// their head word ("... Ministry" is ORG, "... River" is LOC, "Republic of ..." is GPE) or by what surrounds them.
/// </summary>
internal sealed partial class EntityRecognizer
{
    private static readonly WordSet GeopoliticalHeads = FrozenSet.ToFrozenSet(["republic", "kingdom", "principality", "emirate", "federation", "states", "confederation", "commonwealth"]);
    private static readonly WordSet NotEntityHeads = FrozenSet.ToFrozenSet(
    [
        "treaty", "agreement", "accord", "protocol", "act", "law", "convention", "summit", "war", "day", "week", "olympics", "games",
        "award", "prize", "cup", "championship", "festival", "conference", "plan", "bill", "doctrine", "declaration", "charter",
    ]);

    /// <summary>Words that make a convention a political body ("Democratic Convention of Romania").</summary>
    private static readonly WordSet PoliticalWords = FrozenSet.ToFrozenSet(
        ["democratic", "national", "liberal", "social", "socialist", "popular", "republican", "christian", "civic", "patriotic", "people's", "peoples", "unity"],
        StringComparer.Ordinal);

    /// <summary>Words that open a sentence before a name without being part of it ("Several Ukrainian officials", "Former President X").</summary>
    private static readonly WordSet OpeningModifiers = FrozenSet.ToFrozenSet(
    [
        "several", "many", "few", "all", "former", "top", "senior", "local", "western", "eastern", "northern", "southern", "fellow",
        "rival", "today", "yesterday", "tomorrow", "meanwhile", "ex", "then", "now", "late", "early", "some", "most", "other",
    ]);

    /// <summary>Nouns that make a title word before them a portfolio ("Foreign Affairs", "Trade Relations").</summary>
    private static readonly WordSet PortfolioNouns = FrozenSet.ToFrozenSet(
        ["affairs", "relations", "policy", "office", "ministry", "trade", "development"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Place and organisation head words that are also common surnames ("Christopher Hill", "Stuart Hall").</summary>
    private static readonly WordSet SurnameHeads = FrozenSet.ToFrozenSet(["hill", "hall"]);

    /// <summary>Titles held for a portfolio named before them ("Aviation Minister", "Fisheries Secretary").</summary>
    /// <summary>Ranks that stand inside a title, before the title word ("Assistant Secretary", "Under Secretary", "Associate Justice").</summary>
    private static readonly WordSet TitleModifiers = FrozenSet.ToFrozenSet(
        ["assistant", "associate", "principal", "under", "executive"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordSet PortfolioTitles = FrozenSet.ToFrozenSet(
        ["minister", "secretary", "commissioner"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    /// <summary>Longer than nearly every word, so the rules lower-case words on the stack.</summary>
    private const int StackLowerChars = 64;

    private static readonly WordSet PlacePrepositions = FrozenSet.ToFrozenSet(["in", "near", "across", "outside", "throughout", "inside"]);

    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly bool[] _sentenceStart;
    private readonly HashSet<string> _seenMidSentence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _aloneMidSentence = new(StringComparer.Ordinal);
    private LowerCaseWordSet? _lowerWords;
    private readonly HashSet<string> _termAcronyms = new(StringComparer.Ordinal);

    // The document's sets are asked about token text; through these, a string is made only for a word added the first time.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _seenMidSentenceLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _aloneMidSentenceLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _termAcronymLookup;

    public EntityRecognizer(string text, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> sentences)
    {
        _text = text;
        _tokens = tokens;
        _sentenceStart = MarkSentenceStarts(text, tokens, sentences);
        _seenMidSentenceLookup = _seenMidSentence.GetAlternateLookup<ReadOnlySpan<char>>();
        _aloneMidSentenceLookup = _aloneMidSentence.GetAlternateLookup<ReadOnlySpan<char>>();
        _termAcronymLookup = _termAcronyms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>For each token, whether it starts a sentence or a line (quote marks and dashes at the start pass the mark on).</summary>
    public IReadOnlyList<bool> SentenceStarts => _sentenceStart;

    public List<NameCandidate> Recognize()
    {
        var runs = FindRuns();
        foreach (var (first, last) in runs)
        {
            for (var i = first; i <= last && !_sentenceStart[first]; i++)
            {
                _seenMidSentenceLookup.Add(TokenText.Of(_text, _tokens[i]));
            }

            if (first == last && !_sentenceStart[first])
            {
                var word = TokenText.Of(_text, _tokens[first]);
                _aloneMidSentenceLookup[word] = (_aloneMidSentenceLookup.TryGetValue(word, out var count) ? count : 0) + 1;
            }
        }

        CollectTermAcronyms();
        // About one name per run: sized so, the list is not copied as it grows.
        var found = new List<NameCandidate>(runs.Count);
        foreach (var (first, last) in runs)
        {
            if (first == last && _termAcronymLookup.Contains(TokenText.Of(_text, _tokens[first])))
            {
                continue;
            }

            Segment(first, last, found);
        }

        AddDefinedAcronyms(found);
        return found;
    }

    /// <summary>
    /// "compact fluorescent lamps (CFL)": an acronym defined after lower-case words abbreviates a term, not a name,
    /// so it is not an entity anywhere in the document. The words must stand on the bracket's line: a headline's last word
    /// before "(CNN) — ..." on the next line defines nothing.
    /// </summary>
    private void CollectTermAcronyms()
    {
        for (var i = 2; i + 1 < _tokens.Length; i++)
        {
            if (TokenText.IsAcronym(_text, _tokens[i]) && TokenText.Of(_text, _tokens[i - 1]) is "(" && TokenText.Of(_text, _tokens[i + 1]) is ")"
                && _tokens[i - 2].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i - 2].Start])
                && TokenText.OnSameLine(_text, _tokens[i - 2], _tokens[i - 1]))
            {
                _termAcronymLookup.Add(TokenText.Of(_text, _tokens[i]));
            }
        }
    }

    private void Segment(int first, int last, List<NameCandidate> found)
    {
        var personNext = first > 0 && IsLowerTitle(first - 1);
        var officeOf = false;
        var p = first;
        Span<char> lower = stackalloc char[StackLowerChars];
        while (p <= last)
        {
            if (TryGazetteer(p, last, out var length, out var entry))
            {
                // A title word such as "General" may be listed as a name elsewhere; a following name still makes it a title.
                // "The" is matched but left out of the name ("the Netherlands", "The World Health Organization"), unless the
                // rest is no place on its own ("The Hague").
                var nameStart = length > 1 && TokenText.Is(_text, _tokens[p], "The") && !IsTheOfPlace(p, length, entry) ? p + 1 : p;
                found.Add(new NameCandidate(nameStart, p + length - 1, entry.Type, entry.Canonical, NameEvidence.Strong));
                p += length;
                personNext = false;
                continue;
            }

            var word = TokenText.Lower(_text, _tokens[p], lower);
            if (char.IsLower(_text[_tokens[p].Start]) && !personNext)
            {
                p++;
                continue;
            }

            if (personNext && p < last && TokenText.In(NameWords.Connectors, word))
            {
                // "Minister of Foreign Affairs of Kesmaria Mira Kostandin": the word after "of" in a title is the office's
                // country or body, not the person.
                // After "for" it is the portfolio ("Undersecretary for Schools Mr. Tavolieri"), which names nothing.
                var portfolio = word is "for";
                p++;
                if (p < last && TokenText.Is(_text, _tokens[p], "State"))
                {
                    // "Secretary of State Marla Stennett": the office's "State" names no place.
                    p++;
                    continue;
                }

                if (p < last && TokenText.IsCapitalised(_text, _tokens[p]) && !TokenText.LowerIn(NameWords.PersonTitles, _text, _tokens[p]))
                {
                    if (!portfolio)
                    {
                        found.Add(new NameCandidate(p, p, ClassifySingle(p) is EntityTypes.Organization ? EntityTypes.Organization : EntityTypes.Geopolitical, null, NameEvidence.Likely));
                    }

                    p++;
                }

                continue;
            }

            if (p < last && (personNext || (p + 2 <= last && TokenText.Is(_text, _tokens[p + 2], "of"))) && TitleModifiers.Contains(word)
                && TokenText.LowerIn(NameWords.PersonTitles, _text, _tokens[p + 1]))
            {
                // "Deputy Assistant Secretary of State", "Assistant Secretary of Defense": a rank inside a title names nobody. Only
                // after a title or before "of": in "Assistant Chief Fire Officer" the words after the title are no name either.
                p++;
                continue;
            }

            if (p < last && TokenText.In(NameWords.PersonTitles, word) && PortfolioNouns.Contains(TokenText.Of(_text, _tokens[p + 1]))
                && !TokenText.LowerIn(NameWords.OrganizationHeads, _text, _tokens[last]))
            {
                // "Foreign Affairs minister": the portfolio is no name ("Foreign Affairs Committee" goes on to be typed by its head).
                p += 2;
                continue;
            }

            if (p < last && IsTitleBeforeName(word, p, last) && (!TokenText.LowerIn(NameWords.OrganizationHeads, _text, _tokens[last]) || IsGivenNameAndSurname(p + 1, last)))
            {
                personNext = true;
                p++;
                continue;
            }

            if (p + 2 <= last && !IsDemonymLike(word) && PortfolioTitles.Contains(TokenText.Of(_text, _tokens[p + 1]))
                && TokenText.IsCapitalised(_text, _tokens[p + 2]))
            {
                // "Aviation Minister Praful Patel", "Fisheries Secretary Dalia Brennan": the portfolio is part of the title.
                p++;
                continue;
            }

            if (p < last && IsDemonymLike(word) && TokenText.LowerIn(NameWords.PersonTitles, _text, _tokens[p + 1]))
            {
                found.Add(new NameCandidate(p, p, EntityTypes.Nationality, null, NameEvidence.Strong));
                p++;
                continue;
            }

            if (_sentenceStart[p] && SentenceStarters.Contains(TokenText.Of(_text, _tokens[p])))
            {
                p++;
                continue;
            }

            if (_sentenceStart[p] && !_seenMidSentenceLookup.Contains(TokenText.Of(_text, _tokens[p])))
            {
                // A capitalised first word is a name only when the document also writes it so elsewhere, or it is a
                // surname before "said"; an adjective such as "Neighbouring" in front of a name is dropped.
                if (p == last && (!FollowedBySpeechVerb(last) || OccursInLowerCase(p)) && !TokenText.IsAcronym(_text, _tokens[p]))
                {
                    return;
                }

                // "Bank of Tokyo-Mitsubishi Ltd , the world 's largest bank ,": a body's head before "of" opens its name even
                // where the story writes the word in lower case too.
                if (p < last && (OccursInLowerCase(p) || LooksLikeModifier(word) || TokenText.LowerIn(NameWords.PersonTitles, _text, _tokens[p + 1])
                                 || TokenText.In(OpeningModifiers, word))
                    && !(TokenText.Is(_text, _tokens[p + 1], "of") && TokenText.LowerIn(NameWords.OrganizationHeads, _text, _tokens[p])))
                {
                    p++;
                    continue;
                }
            }

            if (p < last && TokenText.Is(_text, _tokens[p], "The"))
            {
                p++;
                continue;
            }

            var type = Classify(p, last, personNext);
            if (type == EntityTypes.Person && SplitAtConnector(p, last) is { } connector)
            {
                // "Pavel Orlan of Marovia": the person ends before "of"; the rest is segmented on its own.
                found.Add(new NameCandidate(p, connector - 1, type, null, personNext ? NameEvidence.Strong : NameEvidence.Guess));
                p = connector + 1;
                officeOf = personNext;
                personNext = false;
                continue;
            }

            if (type is not null && !TokenText.In(NameWords.NotNames, TokenText.Of(_text, _tokens[p])))
            {
                // After "President Tomas Eliad of", a place or body is the office's, which makes it likely.
                var evidence = officeOf && type is EntityTypes.Geopolitical or EntityTypes.Organization ? NameEvidence.Likely : EvidenceFor(p, last, type, personNext);
                found.Add(new NameCandidate(p, last, type, null, evidence));
            }

            return;
        }
    }

    private int? SplitAtConnector(int first, int last)
    {
        for (var i = first + 1; i < last; i++)
        {
            if (char.IsLower(_text[_tokens[i].Start]))
            {
                return i;
            }
        }

        return null;
    }

    private bool IsAllCaps(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (!TokenText.IsAcronym(_text, _tokens[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsTheOfPlace(int p, int length, GazetteerEntry entry)
        => length == 2 && entry.Type is EntityTypes.Geopolitical or EntityTypes.Location && !Gazetteer.Lookup.ContainsKey(TokenText.Of(_text, _tokens[p + 1]));

    private bool FollowedBySpeechVerb(int i)
        => i + 1 < _tokens.Length && Quotes.CueVerbs.IsCue(TokenText.Of(_text, _tokens[i + 1]))
           && !TokenText.Of(_text, _tokens[i + 1]).EndsWith("ing", StringComparison.Ordinal);

    private bool IsLowerTitle(int i)
    {
        var token = _tokens[i];
        return token.Kind == TokenKind.Word && char.IsLower(_text[token.Start])
               && (TokenText.LowerIn(NameWords.StrongPersonTitles, _text, token) || TokenText.LowerIn(RolesBeforeNames, _text, token)
                   || TokenText.LowerIn(SportsTeams.Roles, _text, token));
    }

    /// <summary>
    /// A capitalised title before a name: a person's title, also one still to take office ("President-elect Petar
    /// Stoyanov"); or, before a name of two words or more, a role in a team or a trade ("Scrum-half Bobbie Goulding"),
    /// which may also be a name's own word ("Centre Court", "Australian Centre for ...").
    /// </summary>
    private static bool IsTitleBeforeName(ReadOnlySpan<char> lower, int p, int last)
    {
        if (TokenText.In(NameWords.PersonTitles, lower)
            || (lower.EndsWith("-elect", StringComparison.Ordinal) && TokenText.In(NameWords.PersonTitles, lower[..^"-elect".Length])))
        {
            return true;
        }

        return p + 2 <= last && (TokenText.In(SportsTeams.Roles, lower) || TokenText.In(RolesBeforeNames, lower))
               && !TokenText.In(NameWords.OrganizationHeads, lower) && !TokenText.In(NameWords.LocationHeads, lower) && lower is not ("lock" or "prop" or "mate" or "guard");
    }

    private static bool IsDemonymLike(ReadOnlySpan<char> lower)
        => lower.Length > 4 && (lower.EndsWith("ian", StringComparison.Ordinal) || lower.EndsWith("ese", StringComparison.Ordinal)
                                || lower.EndsWith("ean", StringComparison.Ordinal) || lower.EndsWith("ish", StringComparison.Ordinal));

    private static bool[] MarkSentenceStarts(string text, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> sentences)
    {
        var starts = new bool[tokens.Length];
        var s = 0;
        var expectStart = true;
        for (var i = 0; i < tokens.Length; i++)
        {
            while (s < sentences.Length && sentences[s].End <= tokens[i].Start)
            {
                s++;
                expectStart = true;
            }

            var token = tokens[i];
            var afterBreak = i > 0 && !TokenText.OnSameLine(text, tokens[i - 1], token);
            if (expectStart || afterBreak)
            {
                starts[i] = true;
            }

            // Quote marks, dashes and brackets at the start leave the next word in sentence-start position.
            expectStart = (expectStart || afterBreak) && token.Kind is TokenKind.QuoteMark or TokenKind.Punctuation
                          || (token.Kind == TokenKind.Punctuation && TokenText.Of(text, token) is ":" or "—" or "-" or "–")
                          || (token.Kind == TokenKind.QuoteMark && IsOpeningQuote(text, token));
        }

        return starts;
    }

    private static bool IsOpeningQuote(string text, Token token)
        => token.Start == 0 || char.IsWhiteSpace(text[token.Start - 1]) || text[token.Start - 1] is '(' or '[';
}
