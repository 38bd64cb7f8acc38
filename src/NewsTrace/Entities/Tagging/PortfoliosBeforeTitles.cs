using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "European Union Competition Commissioner Karel Van Miert", "EU Farm Commissioner": the tagger runs a known body or
/// country into the portfolio of the title after it. A name that is a known name and one or two more words, right before
/// "Commissioner", "Minister" or "Secretary", is the known name alone: the portfolio belongs to the title. A body's own
/// head word ends no portfolio ("the Foreign Ministry spokesman" keeps its ministry).
/// </summary>
internal static class PortfoliosBeforeTitles
{
    private const int MaxPortfolioWords = 2;

    private static readonly WordSet Titles = FrozenSet.ToFrozenSet(["Commissioner", "Minister", "Secretary", "commissioner", "minister", "secretary"], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            var after = name.LastToken + 1;
            if (name.Canonical is not null || name.LastToken == name.FirstToken || after >= tokens.Length
                || !TokenText.In(Titles, TokenText.Of(text, tokens[after])) || TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[name.LastToken]))
            {
                continue;
            }

            for (var cut = 1; cut <= MaxPortfolioWords && name.LastToken - cut >= name.FirstToken; cut++)
            {
                if (Gazetteer.Lookup.TryGetValue(TokenText.Join(text, tokens, name.FirstToken, name.LastToken - cut), out var known))
                {
                    merged[k] = new NameCandidate(name.FirstToken, name.LastToken - cut, known.Type, known.Canonical, NameEvidence.Strong);
                    break;
                }
            }
        }
    }
}
