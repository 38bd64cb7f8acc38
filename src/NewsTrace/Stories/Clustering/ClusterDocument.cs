using NewsTrace.Documents;
using NewsTrace.Stories.Features;

namespace NewsTrace.Stories.Clustering;

/// <summary>What the clusterer keeps of an article: its identity, date, title and term counts (never the text).</summary>
internal sealed record ClusterDocument(string Id, string? TextHash, PublishDate? Published, string? Title, int[] TermIds, TermCount[] Counts)
{
    /// <summary>Orders members earliest first; undated articles sort after dated ones.</summary>
    public string DateKey { get; } = Published?.ToString() ?? "9999";
}
