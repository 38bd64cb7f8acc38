using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Company names with "and" or "of" in them, which the tagger cuts: "Kangwon Iron and Steel Co" is one company, not the
/// person "Kangwon Iron" and the company "Steel Co"; "Tamura Metals Corp of Japan" is the company and the country. A name
/// ending in a legal form ("Co", "Ltd", "Corp") takes in the capitalised words joined to it by "and" or "&amp;", unless
/// they are a known name or end in a legal form themselves ("Microsoft and Apple Inc", "Toyota Motor Corp and Honda
/// Motor Co" stay two); after a legal form, "of" and a known country or place end
/// the company. Names headed by an organisation or site word are joined the same way ("National Air and Space Museum",
/// "Department of Fish and Wildlife").
/// </summary>
internal static partial class OrganisationJoins
{
    private const int MaxWordsBeforeAnd = 3;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        SplitJoinedBodies(text, tokens, merged);
        JoinCompanies(text, tokens, merged);
        JoinHeadedNames(text, tokens, merged);
        JoinPortfolioLists(text, tokens, merged);
        ExtendOffices(text, tokens, merged);
        ExtendHeadsOnOrFor(text, tokens, merged);
        JoinLocalBodies(text, tokens, merged);
    }

    /// <summary>
    /// "the Commission on Presidential Debates", "the Council on Foreign Relations", "the Institute for Fiscal Studies": a body
    /// the tagger stopped at its head word takes in "on" or "for" and the capitalised words (up to three, "and" between
    /// them allowed) that nothing else claimed after it, up to a lower-case word, punctuation or a date word ("... on Friday").
    /// </summary>
    private static readonly WordSet OnOrForHeads = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "commission", "committee", "council", "institute", "foundation", "board", "coalition", "campaign", "alliance", "association",
        "society", "movement", "office", "agency", "fund", "league", "union", "federation", "front", "forum", "conference", "network",
        "trust",
    ], StringComparer.Ordinal);

    private static void ExtendHeadsOnOrFor(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            var on = name.LastToken + 1;
            if (name.Type != EntityTypes.Organization || name.Canonical is not null || on + 1 >= tokens.Length || TokenText.Of(text, tokens[on]) is not ("on" or "for")
                || !TokenText.LowerIn(OnOrForHeads, text, tokens[name.LastToken]) || !TokenText.OnSameLine(text, tokens[name.LastToken], tokens[on + 1]))
            {
                continue;
            }

            var last = on;
            var words = 0;
            while (last + 1 < tokens.Length && words < MaxWordsBeforeAnd && tokens[last + 1].Kind == TokenKind.Word && TokenText.OnSameLine(text, tokens[on], tokens[last + 1])
                   && !TokenText.LowerIn(NameWords.NotNames, text, tokens[last + 1])
                   && (TokenText.IsCapitalised(text, tokens[last + 1]) || (TokenText.Is(text, tokens[last + 1], "and") && last > on
                       && last + 2 < tokens.Length && TokenText.IsCapitalised(text, tokens[last + 2])))
                   && MergedNames.At(merged, last + 1) is null)
            {
                last++;
                words += TokenText.Is(text, tokens[last], "and") ? 0 : 1;
            }

            // "the Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation": a list of words the
            // name runs on through is not cut at its first comma.
            var continues = last + 1 < tokens.Length && TokenText.OnSameLine(text, tokens[last], tokens[last + 1])
                && (TokenText.IsCapitalised(text, tokens[last + 1])
                    || (TokenText.Is(text, tokens[last + 1], ",") && last + 2 < tokens.Length && TokenText.IsCapitalised(text, tokens[last + 2])));
            if (words > 0 && !continues && !TokenText.Is(text, tokens[last], "and"))
            {
                merged[k] = name with { LastToken = last };
            }
        }
    }

    /// <summary>
    /// "the New South Wales Supreme Court", "Los Angeles County Superior Court": a state's or a city's court is one body, named
    /// with its place, and so is a firm whose name ends in a firm's word ("Florida Citrus Mutual", read as the state and
    /// "Citrus Mutual"). A country's is left apart ("U.S. Supreme Court" reads as the country and its court, as the newswire
    /// convention marks it).
    /// </summary>
    private static void JoinLocalBodies(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var court = merged[k];
            if (court.Type != EntityTypes.Organization || court.FirstToken == 0
                || (TokenText.Of(text, tokens[court.LastToken]) is not ("Court" or "Exchange") && !CandidateMerger.EndsLikeAFirm(text, tokens[court.LastToken])))
            {
                continue;
            }

            var p = PlaceEndingAt(merged, court.FirstToken - 1);
            if (p < 0 || !TokenText.OnSameLine(text, tokens[merged[p].LastToken], tokens[court.FirstToken])
                || Countries.Aliases.ContainsKey(TokenText.Join(text, tokens, merged[p].FirstToken, merged[p].LastToken)))
            {
                continue;
            }

            merged[k] = new NameCandidate(merged[p].FirstToken, court.LastToken, EntityTypes.Organization, null, NameEvidence.Strong);
            merged.RemoveAt(p);
            k = -1;
        }
    }

    /// <summary>The place ending at token <paramref name="last"/>, or -1 (a loop: a lambda here would allocate a closure per name).</summary>
    private static int PlaceEndingAt(List<NameCandidate> merged, int last)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            if (merged[k].LastToken == last && merged[k].Type is EntityTypes.Geopolitical or EntityTypes.Location)
            {
                return k;
            }
        }

        return -1;
    }

    private static void JoinCompanies(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var forms = NameWords.CompanyForms;
        for (var k = 0; k < merged.Count; k++)
        {
            CompanyHomePlaces.Split(text, tokens, merged, k, forms);
        }

        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type != EntityTypes.Organization || !forms.Contains(TokenText.Of(text, tokens[name.LastToken])))
            {
                continue;
            }

            var and = name.FirstToken - 1;
            // "Toyota Motor Corp and Honda Motor Co": a legal form before "and" ends a company of its own.
            if (and < 1 || !(TokenText.Is(text, tokens[and], "and") || TokenText.Of(text, tokens[and]) is "&") || !TokenText.OnSameLine(text, tokens[and - 1], tokens[name.FirstToken])
                || forms.Contains(TokenText.Of(text, tokens[and - 1])))
            {
                continue;
            }

            var before = IndexEndingAt(merged, and - 1);
            var start = before >= 0 ? merged[before].FirstToken : CapitalisedRunStart(text, tokens, merged, and - 1);
            if (start < 0 || and - start > MaxWordsBeforeAnd || (before >= 0 && merged[before].Canonical is not null)
                || Gazetteer.Lookup.ContainsKey(TokenText.Join(text, tokens, start, and - 1)) || BothSidesNamed(text, tokens, start, and, name.LastToken, forms))
            {
                continue;
            }

            merged[k] = new NameCandidate(start, name.LastToken, EntityTypes.Organization, null, name.Evidence);
            if (before >= 0)
            {
                merged.RemoveAt(before);
                k = Math.Max(-1, Math.Min(k, before) - 1);
            }
        }
    }

    /// <summary>
    /// "Goldman Sachs International and Nomura International Plc": two words or more on each side of "and", the right one's
    /// before its legal form, are two firms; one word on a side is a firm's name with "and" in it ("Cable and Wireless Plc",
    /// "Kangwon Iron and Steel Co").
    /// </summary>
    private static bool BothSidesNamed(string text, ImmutableArray<Token> tokens, int start, int and, int last, WordSet forms)
    {
        var formStart = last;
        while (formStart - 1 > and && forms.Contains(TokenText.Of(text, tokens[formStart - 1])))
        {
            formStart--;
        }

        return and - start >= 2 && formStart - and - 1 >= 2;
    }

    /// <summary>The index of the first name ending at token <paramref name="last"/>, or -1 (a loop: a lambda in the passes' loops cost a closure for every name).</summary>
    private static int IndexEndingAt(List<NameCandidate> merged, int last)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            if (merged[k].LastToken == last)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Removes the names after token <paramref name="and"/> that end by <paramref name="last"/>.</summary>
    private static void RemoveAfter(List<NameCandidate> merged, int and, int last)
        => merged.RemoveAll(other => other.FirstToken > and && other.LastToken <= last);

    /// <summary>The first of the capitalised words no name holds that end at <paramref name="last"/>, or -1; an article opening a sentence is no part of them.</summary>
    private static int CapitalisedRunStart(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int last)
    {
        var start = last + 1;
        while (start > 0 && last - start + 1 < MaxWordsBeforeAnd && tokens[start - 1].Kind == TokenKind.Word && TokenText.IsCapitalised(text, tokens[start - 1])
               && TokenText.Of(text, tokens[start - 1]) is not ("The" or "A" or "An")
               && !merged.Exists(other => other.FirstToken <= start - 1 && start - 1 <= other.LastToken))
        {
            start--;
        }

        return start <= last ? start : -1;
    }

    /// <summary>
    /// "U.S. Space and Rocket Center", "National Air and Space Museum": a name ending in an organisation or site word takes in
    /// the words joined to it by "and" when they end in no such word themselves and are no known name or person ("Microsoft
    /// and Apple Inc" stay two). One word alone before "and" may be a head word too ("Securities and Exchange Board").
    /// </summary>
    private static void JoinHeadedNames(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var forms = NameWords.CompanyForms;
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            var and = name.FirstToken - 1;
            if (name.Type is not (EntityTypes.Organization or EntityTypes.Location) || and < 1 || !TokenText.Is(text, tokens[and], "and")
                || !TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[HeadOf(text, tokens, name)]) && !FacilityNames.EndsInSiteWord(text, tokens, name.FirstToken, name.LastToken)
                || !TokenText.OnSameLine(text, tokens[and - 1], tokens[name.FirstToken]) || !TokenText.IsCapitalised(text, tokens[and - 1]))
            {
                continue;
            }

            var before = IndexEndingAt(merged, and - 1);
            var start = before >= 0 ? merged[before].FirstToken : CapitalisedRunStart(text, tokens, merged, and - 1);
            var lastBefore = TokenText.Lower(text, tokens[and - 1]);
            // "the Ministry of Finance and Bank of Japan": a known name, or a body named with its own head word before "and", stays apart
            // ("Palm Oil Registration and Licensing Authority" is one: "Oil" is no head there). "Hong Kong and Macau Affairs
            // Office": two places joined by "and" open one body's name.
            var placesJoined = before >= 0 && merged[before].Type is EntityTypes.Geopolitical or EntityTypes.Location && OpensWithPlace(text, tokens, name);
            if (start < 0 || and - start > MaxWordsBeforeAnd || name.Canonical is not null
                || (before >= 0 && !placesJoined && (merged[before].Canonical is not null || merged[before].Type is EntityTypes.Person or EntityTypes.Nationality
                    || TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[HeadOf(text, tokens, merged[before])])
                    || CandidateMerger.EndsLikeAFirm(text, tokens[merged[before].LastToken])))
                || (start < and - 1 && NameWords.OrganizationHeads.Contains(lastBefore)) || NameWords.CompanyForms.Contains(lastBefore) || FacilityNames.EndsInSiteWord(text, tokens, start, and - 1)
                || (!placesJoined && Gazetteer.Lookup.ContainsKey(TokenText.Join(text, tokens, start, and - 1)))
                || (forms.Contains(TokenText.Of(text, tokens[name.LastToken])) && BothSidesNamed(text, tokens, start, and, name.LastToken, forms)))
            {
                continue;
            }

            merged[k] = new NameCandidate(start, name.LastToken, name.Type, null, name.Evidence);
            if (before >= 0)
            {
                merged.RemoveAt(before);
                k = Math.Max(-1, Math.Min(k, before) - 1);
            }
        }
    }

    /// <summary>
    /// "Bank of Nova Scotia and Royal Bank of Canada": the tagger runs two bodies joined by "and" into one. Where both sides
    /// are headed by an organisation word and the second is a whole name of its own (its head before "of"), they are two;
    /// "Department of Health and Human Services" (no "of" after "and") stays one.
    /// </summary>
    private static void SplitJoinedBodies(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type != EntityTypes.Organization || name.Canonical is not null)
            {
                continue;
            }

            for (var and = name.FirstToken + 2; and < name.LastToken; and++)
            {
                if (!TokenText.Is(text, tokens[and], "and") || !TokenText.IsCapitalised(text, tokens[and + 1]))
                {
                    continue;
                }

                var left = name with { LastToken = and - 1 };
                var right = name with { FirstToken = and + 1 };
                var rightHead = HeadOf(text, tokens, right);
                var wholeNames = rightHead < right.LastToken && TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[rightHead])
                    && TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[HeadOf(text, tokens, left)]);

                // "Sumitomo Bank Ltd and Sakura Bank": a legal form before "and" ends a company of its own.
                var formed = TokenText.LowerIn(NameWords.CompanyForms, text, tokens[left.LastToken])
                    && (TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[right.LastToken]) || TokenText.LowerIn(NameWords.CompanyForms, text, tokens[right.LastToken]));
                if (wholeNames || formed)
                {
                    merged[k] = left;
                    merged.Add(right);
                    break;
                }
            }
        }
    }

    /// <summary>Whether the name's first word is a place the gazetteer knows ("Macau" of "Macau Affairs Office"), with more words after it.</summary>
    private static bool OpensWithPlace(string text, ImmutableArray<Token> tokens, NameCandidate name)
        => name.LastToken > name.FirstToken + 1 && Gazetteer.IsPlace(TokenText.Of(text, tokens[name.FirstToken]));

    /// <summary>The name's head word: its last, or the one before "of" ("Exchange Board" of "Exchange Board of Kenya").</summary>
    private static int HeadOf(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        for (var i = name.FirstToken + 1; i < name.LastToken; i++)
        {
            if (TokenText.Is(text, tokens[i], "of"))
            {
                return i - 1;
            }
        }

        return name.LastToken;
    }
}
