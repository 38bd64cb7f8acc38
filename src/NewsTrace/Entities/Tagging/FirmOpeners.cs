using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Southern Pupil Transport, based in Birmingham, ...": a firm's name (one that ends in a firm's word or a legal form) that
/// opens a sentence may start with an adjective of region or standing, which the tagger and the rules leave out there as a
/// capitalised common word. Such a word, free and right before the firm, is the name's first.
/// </summary>
internal static class FirmOpeners
{
    private static readonly WordSet Openers = FrozenSet.ToFrozenSet(
    [
        "Southern", "Northern", "Eastern", "Western", "Central", "National", "International", "United", "General", "Royal",
        "Pacific", "Atlantic", "Continental", "Global", "Federal", "Universal", "Standard", "Allied", "Consolidated", "First",
    ], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            var before = name.FirstToken - 1;
            if (name.Type != EntityTypes.Organization || name.Canonical is not null || before < 0 || !sentenceStarts[before]
                || !Openers.Contains(TokenText.Of(text, tokens[before])) || MergedNames.At(merged, before) is not null
                || !(CandidateMerger.EndsLikeAFirm(text, tokens[name.LastToken]) || NameWords.CompanyForms.Contains(TokenText.Lower(text, tokens[name.LastToken]))))
            {
                continue;
            }

            merged[k] = name with { FirstToken = before };
        }
    }
}
