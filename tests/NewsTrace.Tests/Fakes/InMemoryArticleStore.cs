using System.Runtime.CompilerServices;
using NewsTrace.Storage;

namespace NewsTrace.Tests.Fakes;

/// <summary>A minimal store for testing the ingest orchestration without a database.</summary>
internal sealed class InMemoryArticleStore : IArticleStore, IFingerprintStore
{
    private readonly Dictionary<(string Id, string Scheme), ArticleFingerprint> _fingerprints = [];
    private readonly Dictionary<string, StoredArticle> _articles = new(StringComparer.Ordinal);
    private readonly List<IngestFailure> _failures = [];
    private readonly SortedSet<(string Id, string Source, string? Record)> _sources = [];

    public int Batches { get; private set; }

    public IReadOnlyDictionary<string, StoredArticle> Articles => _articles;

    public IReadOnlyList<IngestFailure> Failures => _failures;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlySet<string>>(ids.Where(_articles.ContainsKey).ToHashSet(StringComparer.Ordinal));

    public Task<WriteOutcome> WriteBatchAsync(IReadOnlyList<StoredArticle> articles, IReadOnlyList<IngestFailure> failures, CancellationToken cancellationToken = default)
    {
        Batches++;
        var added = articles.Count(a => _articles.TryAdd(a.Id, a));
        foreach (var a in articles)
        {
            _sources.Add((a.Id, a.Metadata.Source, a.Metadata.RecordId));
        }

        _failures.AddRange(failures);
        return Task.FromResult(new WriteOutcome(added, articles.Count - added));
    }

    public Task RecordSourcesAsync(IReadOnlyList<ArticleSource> sources, CancellationToken cancellationToken = default)
    {
        foreach (var s in sources)
        {
            _sources.Add((s.ArticleId, s.Source, s.RecordId));
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<ArticleSource> ListSourcesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var (id, source, record) in _sources)
        {
            yield return new ArticleSource(id, source, record);
        }
    }

    public Task<StoredArticle?> GetAsync(string idOrPrefix, CancellationToken cancellationToken = default)
        => Task.FromResult(_articles.GetValueOrDefault(idOrPrefix));

    public async IAsyncEnumerable<ArticleSummary> ListAsync(ArticleQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var a in _articles.Values.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            yield return new ArticleSummary(a.Id, a.Metadata.Source, a.Metadata.RecordId, a.Metadata.Title, a.Metadata.Site, a.Metadata.Url, a.Metadata.Published?.ToString(), a.Text.Length, a.TextHash);
        }
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<SearchHit>>([]);

    public async IAsyncEnumerable<IngestFailure> ListFailuresAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var failure in _failures)
        {
            yield return failure;
        }
    }

    public Task<CorpusStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
        => Task.FromResult(new CorpusStatistics(_articles.Count, _articles.Values.Select(a => a.TextHash).Distinct(StringComparer.Ordinal).Count(), 0, _articles.Values.Sum(a => (long)a.Text.Length), null, null, _failures.Count));

    public Task WriteFingerprintsAsync(IReadOnlyList<ArticleFingerprint> fingerprints, CancellationToken cancellationToken = default)
    {
        foreach (var fingerprint in fingerprints)
        {
            _fingerprints[(fingerprint.ArticleId, fingerprint.Scheme)] = fingerprint;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> FindCandidatesAsync(string scheme, IReadOnlyList<ulong> bandKeys, CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<string>>([.. _fingerprints.Values
            .Where(f => f.Scheme == scheme && f.BandKeys.Where((key, band) => band < bandKeys.Count && bandKeys[band] == key).Any())
            .Select(f => f.ArticleId)
            .Order(StringComparer.Ordinal)]);

    public Task<ArticleFingerprint?> GetFingerprintAsync(string articleId, string scheme, CancellationToken cancellationToken = default)
        => Task.FromResult(_fingerprints.GetValueOrDefault((articleId, scheme)));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
