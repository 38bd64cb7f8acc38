namespace NewsTrace.Storage;

/// <summary>Ranked full-text search with filters by date, site and article set, applied in the store's query.</summary>
public interface ISearchStore
{
    /// <summary>
    /// The best matches of <see cref="SearchQuery.Text"/> among the articles the filters allow, best first (ties by id),
    /// each with a highlighted snippet, as <see cref="IArticleStore.SearchAsync"/> gives them. Input never raises a syntax error.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);
}
