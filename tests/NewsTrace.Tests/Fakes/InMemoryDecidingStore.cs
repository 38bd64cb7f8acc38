using System.Runtime.CompilerServices;
using NewsTrace.Storage;

namespace NewsTrace.Tests.Fakes;

/// <summary>An in-memory store that also keeps story decisions, as both real stores do.</summary>
internal sealed class InMemoryDecidingStore : IArticleStore, IStoryDecisionStore
{
    private readonly InMemoryArticleStore _articles = new();
    private readonly List<StoryDecision> _decisions = [];
    private long _sequence;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => _articles.InitializeAsync(cancellationToken);

    public Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => _articles.FindExistingAsync(ids, cancellationToken);

    public Task<WriteOutcome> WriteBatchAsync(IReadOnlyList<StoredArticle> articles, IReadOnlyList<IngestFailure> failures, CancellationToken cancellationToken = default)
        => _articles.WriteBatchAsync(articles, failures, cancellationToken);

    public Task RecordSourcesAsync(IReadOnlyList<ArticleSource> sources, CancellationToken cancellationToken = default) => _articles.RecordSourcesAsync(sources, cancellationToken);

    public IAsyncEnumerable<ArticleSource> ListSourcesAsync(CancellationToken cancellationToken = default) => _articles.ListSourcesAsync(cancellationToken);

    public Task<StoredArticle?> GetAsync(string idOrPrefix, CancellationToken cancellationToken = default) => _articles.GetAsync(idOrPrefix, cancellationToken);

    public IAsyncEnumerable<ArticleSummary> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default) => _articles.ListAsync(query, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default) => _articles.SearchAsync(query, limit, cancellationToken);

    public IAsyncEnumerable<IngestFailure> ListFailuresAsync(CancellationToken cancellationToken = default) => _articles.ListFailuresAsync(cancellationToken);

    public Task<CorpusStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => _articles.GetStatisticsAsync(cancellationToken);

    public Task<StoryDecision> AddStoryDecisionAsync(StoryDecision decision, CancellationToken cancellationToken = default)
    {
        var recorded = decision with { Sequence = ++_sequence, DecidedAt = DateTimeOffset.UnixEpoch.AddSeconds(_sequence) };
        _decisions.Add(recorded);
        return Task.FromResult(recorded);
    }

    public async IAsyncEnumerable<StoryDecision> ListStoryDecisionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var decision in _decisions.ToList())
        {
            yield return decision;
        }
    }

    public Task<bool> RemoveStoryDecisionAsync(long sequence, CancellationToken cancellationToken = default)
        => Task.FromResult(_decisions.RemoveAll(d => d.Sequence == sequence) > 0);

    public ValueTask DisposeAsync() => _articles.DisposeAsync();
}
