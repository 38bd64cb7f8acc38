using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Wire datelines: a line that opens with a place in capitals and ends in an ISO date ("GISENYI 1996-11-16",
/// "KALGOORLIE, Australia 1996-11-05"). The capitals make the place look like an acronym to the rules and the tagger, and
/// <see cref="ShoutedLines"/> keeps only the places the gazetteer knows, so a town it does not know was lost or read as
/// an organisation. The position is the evidence: whatever the capitals before the date or the comma name is the place
/// the story was filed from.
/// </summary>
internal static class Datelines
{
    /// <summary>Enough for "SAN CRISTOBAL DE LAS CASAS"; a longer run of capitals is a headline, not a place.</summary>
    private const int MaxPlaceWords = 6;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        HashSet<string>? placeWords = null;
        foreach (var (from, to) in TokenLines.Of(text, tokens))
        {
            if (ShoutedLines.IsDateline(text, tokens[from], tokens[to - 1]))
            {
                if (MarkPlace(text, tokens, from, to, merged) == from)
                {
                    (placeWords ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(TokenText.Of(text, tokens[from]).ToString());
                }
            }
            else if (DashDatelineStart(text, tokens, from, to) is var start and >= 0)
            {
                _ = MarkPlace(text, tokens, start, to, merged, dashed: true);
            }
            else
            {
                MarkWireCredit(text, tokens, from, to, merged);
            }
        }

        if (placeWords is not null)
        {
            PlacesAsInDateline(text, tokens, merged, placeWords);
        }
    }

    /// <summary>
    /// "POITIERS, France 1996-08-29 ... a ride from Saintes to Poitiers", "LEBRETON WINS POITIERS STAGE": the town a story is
    /// filed from is a place wherever the story names it alone, in capitals or not, where the tagger took it for a person
    /// (unless the story has the word speak).
    /// </summary>
    private static void PlacesAsInDateline(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, HashSet<string> placeWords)
    {
        var lookup = placeWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type == EntityTypes.Person && name.FirstToken == name.LastToken && lookup.Contains(TokenText.Of(text, tokens[name.FirstToken]))
                && !PlaceContext.Speaks(text, tokens, TokenText.Of(text, tokens[name.FirstToken])))
            {
                merged[k] = name with { Type = EntityTypes.Geopolitical, Canonical = null };
            }
        }
    }

    /// <summary>Words between the dateline's place and the agency's brackets: enough for "HALDEN, Norland, Oct. 16".</summary>
    private const int MaxCreditOffset = 10;

    /// <summary>
    /// "DORVAL, Oct. 17 (Kestrel) — ...", "HALDEN, Norland, Oct. 16 (Meribel) - ...": the name in brackets before the dash
    /// of a line opened by a place in capitals is the agency that filed the story, an organisation, however little known.
    /// </summary>
    private static void MarkWireCredit(string text, ImmutableArray<Token> tokens, int from, int end, List<NameCandidate> merged)
    {
        if (!IsCapitalsWord(TokenText.Of(text, tokens[from])))
        {
            return;
        }

        for (var open = from + 1; open < Math.Min(end, from + MaxCreditOffset); open++)
        {
            if (!TokenText.Is(text, tokens[open], "("))
            {
                continue;
            }

            var close = open + 1;
            while (close < end && close - open <= 3 && TokenText.IsCapitalised(text, tokens[close]))
            {
                close++;
            }

            if (close == open + 1 || close + 1 >= end || !TokenText.Is(text, tokens[close], ")") || !(IsDash(text, tokens[close + 1]) || TokenText.Is(text, tokens[close + 1], "-")))
            {
                return;
            }

            var credit = new NameCandidate(open + 1, close - 1, EntityTypes.Organization, null, NameEvidence.Strong);
            var exact = merged.FindIndex(name => name.FirstToken == credit.FirstToken && name.LastToken == credit.LastToken);
            if (exact < 0)
            {
                MergedNames.TryReplace(merged, credit);
            }
            else if (merged[exact].Canonical is null)
            {
                merged[exact] = merged[exact] with { Type = EntityTypes.Organization };
            }

            return;
        }
    }

    /// <summary>
    /// Makes the capitals that open the line [from, end) one place, unless a name found there already covers them exactly;
    /// the place's last token, or -1 when the line holds no dateline's place.
    /// </summary>
    private static int MarkPlace(string text, ImmutableArray<Token> tokens, int from, int end, List<NameCandidate> merged, bool dashed = false)
    {
        var last = from - 1;
        while (last + 1 < end && last + 1 - from < MaxPlaceWords && IsCapitalsWord(TokenText.Of(text, tokens[last + 1])))
        {
            last++;
        }

        // The place ends at the comma before the country or at the date itself (or, in American copy, at the dash); anything
        // else is no dateline of this form.
        if (last < from || last + 1 >= end || !(TokenText.Is(text, tokens[last + 1], ",") || (dashed ? IsDash(text, tokens[last + 1]) : char.IsAsciiDigit(text[tokens[last + 1].Start]))))
        {
            return -1;
        }

        MarkState(text, tokens, last + 1, end, merged);
        var exact = merged.FindIndex(name => name.FirstToken == from && name.LastToken == last);
        if (exact >= 0)
        {
            // An unknown name the tagger took for a person or company is the place; so is a known body's seat ("UNITED NATIONS
            // 1996-12-13" is the headquarters in New York the story was filed from, as wire annotation marks it), no longer
            // linked to the body.
            if (merged[exact] is { Canonical: null, Type: EntityTypes.Person or EntityTypes.Organization } or { Type: EntityTypes.Organization })
            {
                merged[exact] = merged[exact] with { Type = EntityTypes.Geopolitical, Canonical = null };
            }

            return merged[exact].Type is EntityTypes.Geopolitical or EntityTypes.Location ? last : -1;
        }

        merged.RemoveAll(name => name.FirstToken <= last && name.LastToken >= from);
        merged.Add(new NameCandidate(from, last, EntityTypes.Geopolitical, null, NameEvidence.Strong));
        return last;
    }

    /// <summary>
    /// American datelines: "MIAMI — ...", "MANCHESTER, N.H. — ...", "REPORTING FROM WASHINGTON — ...": capitals opening a
    /// line, then a dash, straight or after a comma and a state's abbreviation. The first token of the place, or -1.
    /// </summary>
    private static int DashDatelineStart(string text, ImmutableArray<Token> tokens, int from, int end)
    {
        var start = from + 1 < end && TokenText.Is(text, tokens[from], "REPORTING") && TokenText.Is(text, tokens[from + 1], "FROM") ? from + 2 : from;
        var k = start;
        while (k < end && k - start < MaxPlaceWords && IsCapitalsWord(TokenText.Of(text, tokens[k])))
        {
            k++;
        }

        if (k == start || k >= end)
        {
            return -1;
        }

        // "EXCLUSIVE — Name:", "UPDATE —": a label, not a place.
        if (k == start + 1 && TokenText.Of(text, tokens[start]) is "EXCLUSIVE" or "UPDATE" or "UPDATED" or "BREAKING" or "WATCH" or "VIDEO" or "PHOTOS"
            or "OPINION" or "ANALYSIS" or "EDITORIAL" or "CORRECTION" or "LIVE")
        {
            return -1;
        }

        if (IsDash(text, tokens[k]))
        {
            return start;
        }

        // ", N.H. —", ", Mich. —", ", Calif. —": a state's abbreviation (one or two tokens) between the comma and the dash.
        if (TokenText.Is(text, tokens[k], ","))
        {
            for (var d = k + 2; d < Math.Min(end, k + 4); d++)
            {
                if (IsDash(text, tokens[d]))
                {
                    return start;
                }
            }
        }

        return -1;
    }

    /// <summary>American states as datelines abbreviate them after the city's comma ("JACKSON, Miss.", "WHITE PLAINS, N.Y.").</summary>
    private static readonly WordSet StateAbbreviations = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.",
        "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.",
        "Wyo.", "N.Y.", "N.J.", "N.H.", "N.C.", "S.C.", "N.M.", "N.D.", "S.D.", "R.I.", "D.C.", "W.Va.",
    ], StringComparer.Ordinal);

    /// <summary>The state's abbreviation after a dateline's comma at <paramref name="comma"/>, marked as a place when no name holds it.</summary>
    private static void MarkState(string text, ImmutableArray<Token> tokens, int comma, int end, List<NameCandidate> merged)
    {
        if (comma + 1 >= end || !TokenText.Is(text, tokens[comma], ","))
        {
            return;
        }

        // "Calif." may be one token or the word and its stop.
        var first = comma + 1;
        var last = first + 1 < end && TokenText.Is(text, tokens[first + 1], ".") && tokens[first + 1].Start == tokens[first].End ? first + 1 : first;
        var written = text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
        if (!StateAbbreviations.Contains(written) || MergedNames.At(merged, first) is not null)
        {
            return;
        }

        merged.Add(new NameCandidate(first, last, EntityTypes.Geopolitical, null, NameEvidence.Strong));
    }

    private static bool IsDash(string text, Token token) => TokenText.Of(text, token) is "—" or "–" or "--";

    /// <summary>A word of two letters or more with no lower-case letter ("GISENYI", "ST.", "AL-KHOBAR").</summary>
    private static bool IsCapitalsWord(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not ('.' or '-' or '\'' or '’'))
            {
                return false;
            }
        }

        return letters >= 2;
    }
}
