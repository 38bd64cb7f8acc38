using System.Globalization;
using NewsTrace.Documents;

namespace NewsTrace.Reuse.Provenance;

/// <summary>
/// Picks a copy's immediate source among the earlier articles it shares text with: the one that explains most of
/// its words. A reprint of a wire explains a later copy as well as the wire does, so a candidate only beats an
/// earlier candidate it itself derives from when it explains clearly more (text only the reprint has, such as its
/// headline) or the copy carries the reprint's own headline; otherwise the earlier one is kept, because copying
/// the wire directly is the simpler story.
/// </summary>
internal static class SourceSelector
{
    /// <summary>Words a descendant must explain beyond its ancestor to be preferred, at least.</summary>
    private const double MinMargin = 10.0;

    /// <summary>The same as a share of the copy's words, for long copies.</summary>
    private const double MarginShare = 0.05;

    public static (SourceCandidate Chosen, List<string> Reasons) Choose(ProvenanceArticle copy, IReadOnlyList<SourceCandidate> candidates, Func<string, string, bool> derivesFrom)
    {
        var reasons = new List<string>();
        var ranked = candidates.OrderByDescending(c => c.Explained).ThenBy(c => c.Source.Id, StringComparer.Ordinal).ToList();
        var best = ranked[0];
        var visited = new HashSet<string>(StringComparer.Ordinal) { best.Source.Id };
        while (true)
        {
            var ancestor = ranked.FirstOrDefault(a => !visited.Contains(a.Source.Id) && derivesFrom(best.Source.Id, a.Source.Id));
            if (ancestor is null)
            {
                break;
            }

            visited.Add(ancestor.Source.Id);
            if (SharesOwnHeadline(copy, best.Source, ancestor.Source))
            {
                reasons.Add($"has the headline of {best.Source.Label} ('{best.Source.Document.Metadata.Title}'), not the one of the earlier {ancestor.Source.Label}");
                continue;
            }

            if (best.Explained - ancestor.Explained >= Math.Max(MinMargin, MarginShare * WordCount.In(copy.Document.Text, new TextSpan(0, copy.Document.Text.Length))))
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"closer to {best.Source.Label} than to the earlier {ancestor.Source.Label}: {best.Explained:0} matched words against {ancestor.Explained:0}"));
                continue;
            }

            reasons.Add($"{ancestor.Source.Label} explains it as well as {best.Source.Label}, a later article sharing its text: the earlier text is taken as the source");
            best = ancestor;
        }

        if (ranked.Count > 1 && reasons.Count == 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"of {ranked.Count} earlier articles sharing its text, {best.Source.Label} explains most of it"));
        }

        return (best, reasons);
    }

    /// <summary>Words of the copy (right side) inside the aligned passages, each sentence once at its best similarity.</summary>
    public static double Explained(Document copy, PairComparison sourceOnLeft)
        => sourceOnLeft.Passages
            .GroupBy(p => p.Right)
            .Sum(g => g.Max(p => p.Similarity) * WordCount.In(copy.Text, g.Key));

    private static bool SharesOwnHeadline(ProvenanceArticle copy, ProvenanceArticle descendant, ProvenanceArticle ancestor)
    {
        var title = Normalize(copy.Document.Metadata.Title);
        return title.Length > 0
            && string.Equals(title, Normalize(descendant.Document.Metadata.Title), StringComparison.Ordinal)
            && !string.Equals(title, Normalize(ancestor.Document.Metadata.Title), StringComparison.Ordinal);
    }

    private static string Normalize(string? title) => title is null ? "" : string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
