namespace NewsTrace.Storage;

/// <summary>
/// The persistent store behind every command. Implementations: SQLite (embedded default) and PostgreSQL (shared).
/// Every implementation passes the same contract test suite. Writes are batched and each batch is one transaction,
/// so a process killed at any moment leaves a consistent store, and a rerun adds only what is missing.
/// </summary>
public interface IArticleStore : IAsyncDisposable
{
    /// <summary>Creates or migrates the schema. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="ids"/> are already stored, so a rerun can skip work it has done.</summary>
    Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores new articles and failures in one transaction. Articles already stored are left as they are, but the
    /// source each one came from is recorded (see <see cref="ListSourcesAsync"/>), and that source's failures are cleared.
    /// </summary>
    Task<WriteOutcome> WriteBatchAsync(IReadOnlyList<StoredArticle> articles, IReadOnlyList<IngestFailure> failures, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records further sources of articles already stored (the same content under another name). Idempotent. Articles
    /// written by <see cref="WriteBatchAsync"/> have their own source recorded already.
    /// </summary>
    Task RecordSourcesAsync(IReadOnlyList<ArticleSource> sources, CancellationToken cancellationToken = default);

    /// <summary>Every source of every article, ordered by article id, then source.</summary>
    IAsyncEnumerable<ArticleSource> ListSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>An article by id, or by a unique id prefix of at least 4 characters; null when none or ambiguous.</summary>
    Task<StoredArticle?> GetAsync(string idOrPrefix, CancellationToken cancellationToken = default);

    /// <summary>Articles in (publish date, id) order.</summary>
    IAsyncEnumerable<ArticleSummary> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default);

    /// <summary>Ranked full-text search over title and text. Plain words are ANDed; "quoted phrases" match exactly; input never raises a syntax error.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default);

    /// <summary>Failed inputs, most recent first.</summary>
    IAsyncEnumerable<IngestFailure> ListFailuresAsync(CancellationToken cancellationToken = default);

    Task<CorpusStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);
}
