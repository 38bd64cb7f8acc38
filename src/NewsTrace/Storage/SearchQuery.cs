namespace NewsTrace.Storage;

/// <summary>
/// A full-text search with filters. Every filter is applied inside the store's query, before ranking and the limit,
/// so a filtered search returns the best matching articles among those the filters allow.
/// </summary>
/// <param name="Text">Words (all must match), "quoted phrases", prefix* words, as for <see cref="IArticleStore.SearchAsync"/>.</param>
public sealed record SearchQuery(string Text)
{
    /// <summary>At most this many hits.</summary>
    public int Limit { get; init; } = 20;

    /// <summary>Inclusive lower bound on the publish day (YYYY-MM-DD); undated articles are left out when set.</summary>
    public string? PublishedFrom { get; init; }

    /// <summary>Inclusive upper bound on the publish day (YYYY-MM-DD); undated articles are left out when set.</summary>
    public string? PublishedTo { get; init; }

    /// <summary>Only articles of these sites (any of them); empty for every site.</summary>
    public IReadOnlyList<string> Sites { get; init; } = [];

    /// <summary>
    /// Only these articles, when not null (an entity's or a story's articles, resolved by the caller); an empty list
    /// matches nothing.
    /// </summary>
    public IReadOnlyCollection<string>? ArticleIds { get; init; }
}
