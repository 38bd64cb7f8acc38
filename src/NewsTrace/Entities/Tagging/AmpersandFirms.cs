using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Brown &amp; Williamson", "HSBC Trinkaus &amp; Burkhardt", "Marks &amp; Spencer Plc": capitalised words joined by a free-standing "&amp;"
/// name a firm, though each side alone reads as a surname and the tagger splits them into people. The run is taken over
/// up to three capitalised words on the left and the words and company suffixes on the right; a known place ("Trinidad &amp;
/// Tobago") keeps its own reading.
/// </summary>
internal static class AmpersandFirms
{
    private const int MaxWordsBefore = 3;
    private const int MaxWordsAfter = 3;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        // Papers cite authors so ("Marlowe & Quenby [7]", "Olden, Brask, & Tarvik, 2009"): there "&" joins people.
        if (text.IndexOf('&', StringComparison.Ordinal) < 0 || text.Contains("et al", StringComparison.Ordinal) || HasNumberedCitation(text))
        {
            return;
        }

        for (var i = 1; i + 1 < tokens.Length; i++)
        {
            if (!TokenText.Of(text, tokens[i]).SequenceEqual("&") || !IsNameWord(text, tokens, i - 1, i) || !IsNameWord(text, tokens, i + 1, i))
            {
                continue;
            }

            var first = i - 1;
            while (first > 0 && i - first < MaxWordsBefore && IsNameWord(text, tokens, first - 1, first) && !IsPlace(merged, first - 1))
            {
                first--;
            }

            var last = i + 1;
            while (last + 1 < tokens.Length && last - i < MaxWordsAfter && IsNameWord(text, tokens, last + 1, last))
            {
                last++;
            }

            // "EU & IMF", "WBA & IBO": two bodies each known or written in capitals are two names.
            if (IsPlace(merged, i - 1) || IsPlace(merged, i + 1) || StartsAnotherName(merged, first, last)
                || (IsKnownOrAcronym(text, tokens, merged, i - 1) && IsKnownOrAcronym(text, tokens, merged, i + 1)))
            {
                continue;
            }

            merged.RemoveAll(name => name.FirstToken <= last && name.LastToken >= first);
            merged.Add(new NameCandidate(first, last, EntityTypes.Organization, null, NameEvidence.Strong));
            i = last;
        }

        AddJoinedInitials(text, tokens, merged);
    }

    /// <summary>Initials joined by "&amp;" that abbreviate business terms, not firms ("R&amp;D", "M&amp;A", "Q&amp;A").</summary>
    private static readonly WordSet TermInitials = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["R&D", "M&A", "Q&A", "B&B", "P&L", "F&B", "A&E", "G&A", "S&L", "O&M", "R&R", "C&W"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "owned by P&amp;O", "AT&amp;T said": capitals joined by "&amp;" in one word are a firm's initials, wherever no name holds them;
    /// business terms so written are no name.
    /// </summary>
    private static void AddJoinedInitials(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        // The tagger takes some of those terms for firms too.
        merged.RemoveAll(name => name.FirstToken == name.LastToken && name.Canonical is null && TermInitials.Contains(TokenText.Of(text, tokens[name.FirstToken])));
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = TokenText.Of(text, tokens[i]);
            if (word.Length < 3 || word.Length > 8 || !TokenText.IsAmpersandWord(word) || word.ContainsAnyInRange('a', 'z') || TermInitials.Contains(word)
                || MergedNames.At(merged, i) is not null)
            {
                continue;
            }

            merged.Add(new NameCandidate(i, i, EntityTypes.Organization, null, NameEvidence.Strong));
        }
    }

    /// <summary>A capitalised word (or a company suffix) on the same line as its neighbour <paramref name="beside"/>.</summary>
    private static bool IsNameWord(string text, ImmutableArray<Token> tokens, int i, int beside)
        => tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation && TokenText.IsCapitalised(text, tokens[i])
           && TokenText.OnSameLine(text, tokens[Math.Min(i, beside)], tokens[Math.Max(i, beside)])
           && !NameWords.PersonTitles.Contains(TokenText.Lower(text, tokens[i]));

    /// <summary>A bracketed reference number ("[7]") anywhere in the text.</summary>
    private static bool HasNumberedCitation(string text)
    {
        for (var at = text.IndexOf('[', StringComparison.Ordinal); at >= 0 && at + 2 < text.Length; at = text.IndexOf('[', at + 1))
        {
            if (char.IsAsciiDigit(text[at + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKnownOrAcronym(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int token)
        => TokenText.IsAcronym(text, tokens[token]) || MergedNames.At(merged, token) is { Canonical: not null };

    private static bool IsPlace(List<NameCandidate> merged, int token)
        => MergedNames.At(merged, token) is { Type: EntityTypes.Geopolitical or EntityTypes.Location or EntityTypes.Nationality };

    /// <summary>A name that runs on past the run's ends ("the Bank of England &amp; ..."): the run is no whole firm.</summary>
    private static bool StartsAnotherName(List<NameCandidate> merged, int first, int last)
    {
        foreach (var name in merged)
        {
            if ((name.FirstToken < first && name.LastToken >= first) || (name.FirstToken <= last && name.LastToken > last))
            {
                return true;
            }
        }

        return false;
    }
}
