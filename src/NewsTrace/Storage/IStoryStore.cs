namespace NewsTrace.Storage;

/// <summary>
/// Persisted story clustering: each article's story and topic, the global document frequencies of content terms, each
/// indexed article's term counts, and an inverted index of each article's heaviest terms for candidate retrieval. The
/// incremental clusterer (<c>NewsTrace.Stories.Incremental</c>) reads it and writes one <see cref="StoryUpdate"/> per
/// batch, in one transaction, so a crash leaves the last whole batch and a rerun assigns the rest.
/// </summary>
public interface IStoryStore
{
    /// <summary>The update counter and how many articles are indexed (the document count of the frequencies).</summary>
    Task<StoryIndexState> GetStoryIndexStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> stored articles that have no story yet, in (publish day, id) order, undated last.</summary>
    Task<IReadOnlyList<ArticleSummary>> ListUnassignedAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>How many indexed articles contain each of <paramref name="terms"/>; terms no indexed article has are left out.</summary>
    Task<IReadOnlyDictionary<string, int>> GetDocumentFrequenciesAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken = default);

    /// <summary>For each term, the articles that have it among their index terms, most recently indexed first, at most <paramref name="perTerm"/> per term.</summary>
    Task<IReadOnlyList<TermPosting>> FindArticlesByTermsAsync(IReadOnlyCollection<string> terms, int perTerm, CancellationToken cancellationToken = default);

    /// <summary>The indexed articles among <paramref name="articleIds"/> (summary, assignment and term counts), in id order.</summary>
    Task<IReadOnlyList<IndexedArticle>> GetIndexedArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// The assignments of every article in the given topics, in article id order; at most <paramref name="limit"/> rows,
    /// so a caller that asks for one more than it can handle learns that the topics are too large without reading them all.
    /// </summary>
    Task<IReadOnlyList<StoryAssignment>> ListTopicMembersAsync(IReadOnlyCollection<string> topicIds, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// How many articles the given topics hold together, counted up to <paramref name="limit"/> (a caller that asks for
    /// one more than it can handle learns that the topics are too large without reading a row of them).
    /// </summary>
    Task<int> CountTopicMembersAsync(IReadOnlyCollection<string> topicIds, int limit, CancellationToken cancellationToken = default);

    /// <summary>For each story, the assignments of its most recently indexed members, at most <paramref name="limitPerStory"/> each.</summary>
    Task<IReadOnlyList<StoryAssignment>> ListStoryMembersAsync(IReadOnlyCollection<string> storyIds, int limitPerStory, CancellationToken cancellationToken = default);

    /// <summary>For each topic, the assignments of its most recently indexed members, at most <paramref name="limitPerTopic"/> each.</summary>
    Task<IReadOnlyList<StoryAssignment>> ListRecentTopicMembersAsync(IReadOnlyCollection<string> topicIds, int limitPerTopic, CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="ids"/> are in use as a story id or a topic id.</summary>
    Task<IReadOnlySet<string>> FindClusterIdsInUseAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies one batch in one transaction: indexes the added articles (term counts, index terms, document frequencies and
    /// count) and writes every assignment. Returns false, changing nothing, when the index changed since
    /// <see cref="StoryUpdate.ExpectedVersion"/> was read (another process updated it first; the caller starts again).
    /// </summary>
    Task<bool> ApplyStoryUpdateAsync(StoryUpdate update, CancellationToken cancellationToken = default);

    /// <summary>Every assignment, ordered by story id, then article id.</summary>
    IAsyncEnumerable<StoryAssignment> ListStoryAssignmentsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Every assignment in the order the articles were indexed, oldest first: the recency order of
    /// <see cref="ListStoryMembersAsync"/> and <see cref="ListRecentTopicMembersAsync"/>, for a process that keeps the
    /// membership in memory.
    /// </summary>
    IAsyncEnumerable<StoryAssignment> ListAssignmentsInIndexOrderAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Serialises story updates until the returned handle is disposed: across processes where the backend can
    /// (PostgreSQL advisory lock), within the process otherwise (SQLite; its write lock and the version check cover the rest).
    /// </summary>
    Task<IAsyncDisposable> LockStoriesAsync(CancellationToken cancellationToken = default);
}
