namespace NewsTrace.Storage;

/// <summary>Filters and paging for listing articles. Ordering is by publish date, then id, so pages are stable.</summary>
public sealed record ArticleQuery
{
    public string? Site { get; init; }

    /// <summary>Inclusive lower bound on the publish date (YYYY-MM-DD).</summary>
    public string? PublishedFrom { get; init; }

    /// <summary>Inclusive upper bound on the publish date (YYYY-MM-DD).</summary>
    public string? PublishedTo { get; init; }

    public int Offset { get; init; }

    /// <summary>At most this many rows; 0 means no limit.</summary>
    public int Limit { get; init; }
}
