using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>A ministry's list of portfolios; a part of <see cref="OrganisationJoins"/>.</summary>
internal static partial class OrganisationJoins
{
    /// <summary>Words of a portfolio, at most, between the commas of the list ("Industrial Strategy").</summary>
    private const int MaxPortfolioWords = 2;

    /// <summary>Portfolios a list may run to after the one the name ends with.</summary>
    private const int MaxPortfolios = 5;

    private static readonly WordSet PortfolioHeads = FrozenSet.ToFrozenSet(
        ["ministry", "department", "minister", "secretary", "committee", "commission", "office", "bureau", "agency", "council"], StringComparer.Ordinal);

    /// <summary>
    /// "Ministry of Trade , Industry and Energy", "Department for Business, Energy and Industrial Strategy": a body named by its
    /// portfolios takes in the rest of the list, commas and "and", that the tagger cut after the first (reading "Energy" as a
    /// person). Not a list of places ("the Ministry of Defence, Israel and Egypt"): the portfolios must be unclaimed words or
    /// names other than places.
    /// </summary>
    private static void JoinPortfolioLists(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type != EntityTypes.Organization || name.LastToken + 3 >= tokens.Length || !TokenText.Is(text, tokens[name.LastToken + 1], ",")
                || !OpensPortfolio(text, tokens, name) || ListEnd(text, tokens, merged, name.LastToken + 1) is not (var last and > 0))
            {
                continue;
            }

            JoinList(merged, name, last);
        }
    }

    /// <summary>
    /// Extends <paramref name="name"/> to <paramref name="last"/>, dropping the names inside the list. Apart from the loop
    /// above, whose every turn would otherwise allocate the variables the lambda captures.
    /// </summary>
    private static void JoinList(List<NameCandidate> merged, NameCandidate name, int last)
    {
        merged.RemoveAll(other => other != name && other.FirstToken > name.LastToken && other.LastToken <= last);
        merged[merged.IndexOf(name)] = name with { LastToken = last, Canonical = null };
    }

    /// <summary>True when the name is a head word and "of" or "for" with one or two words after it ("Ministry of Trade").</summary>
    private static bool OpensPortfolio(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        for (var of = Math.Max(name.FirstToken + 1, name.LastToken - MaxPortfolioWords); of < name.LastToken; of++)
        {
            if (TokenText.Of(text, tokens[of]) is "of" or "for")
            {
                return of - 1 >= name.FirstToken && TokenText.LowerIn(PortfolioHeads, text, tokens[of - 1]);
            }
        }

        return false;
    }

    /// <summary>The last token of ", X , Y and Z" from the comma at <paramref name="comma"/>, or -1 where no such list follows.</summary>
    private static int ListEnd(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int comma)
    {
        var at = comma;
        for (var items = 0; items < MaxPortfolios; items++)
        {
            var separator = TokenText.Of(text, tokens[at]);
            var first = at + 1;
            var last = first - 1;
            while (last + 1 < tokens.Length && last + 1 - first < MaxPortfolioWords && TokenText.IsCapitalised(text, tokens[last + 1])
                   && TokenText.OnSameLine(text, tokens[comma], tokens[last + 1]) && MergedNames.At(merged, last + 1) is not { Type: EntityTypes.Geopolitical or EntityTypes.Location })
            {
                last++;
            }

            if (last < first)
            {
                return -1;
            }

            if (separator is "and")
            {
                return last + 1 < tokens.Length && TokenText.IsCapitalised(text, tokens[last + 1]) ? -1 : last;
            }

            at = last + 1;
            if (at >= tokens.Length || TokenText.Of(text, tokens[at]) is not ("," or "and"))
            {
                return -1;
            }
        }

        return -1;
    }
}
