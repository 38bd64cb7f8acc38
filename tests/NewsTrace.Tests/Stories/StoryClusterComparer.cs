using NewsTrace.Stories;

namespace NewsTrace.Tests.Stories;

/// <summary>Compares clusters by value, including their member lists (records compare lists by reference).</summary>
internal sealed class StoryClusterComparer : IEqualityComparer<StoryCluster>
{
    public static StoryClusterComparer Instance { get; } = new();

    public bool Equals(StoryCluster? x, StoryCluster? y)
        => x is not null && y is not null
            && string.Equals(x.Id, y.Id, StringComparison.Ordinal)
            && string.Equals(x.TopicId, y.TopicId, StringComparison.Ordinal)
            && string.Equals(x.RepresentativeId, y.RepresentativeId, StringComparison.Ordinal)
            && string.Equals(x.Title, y.Title, StringComparison.Ordinal)
            && x.ArticleIds.SequenceEqual(y.ArticleIds, StringComparer.Ordinal);

    public int GetHashCode(StoryCluster obj) => StringComparer.Ordinal.GetHashCode(obj?.Id ?? "");
}
