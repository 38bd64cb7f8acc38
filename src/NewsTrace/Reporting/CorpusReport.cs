using NewsTrace.Storage;
using NewsTrace.Stories;
using NewsTrace.Stories.Summary;

namespace NewsTrace.Reporting;

/// <summary>Everything a corpus report shows, gathered once and written as Markdown or HTML.</summary>
public sealed record CorpusReport(
    DateTimeOffset GeneratedAt,
    CorpusStatistics Statistics,
    IReadOnlyList<Story> Stories,
    IReadOnlyList<ArticleSummary> Articles,
    IReadOnlyDictionary<string, ArticleAnalysisCounts> Analysis,
    IReadOnlyList<IngestFailure> Failures)
{
    /// <summary>Each story's summary by story id, when the caller computed them (independent reports need the pair comparer); empty otherwise.</summary>
    public IReadOnlyDictionary<string, StorySummary> Summaries { get; init; } = new Dictionary<string, StorySummary>(StringComparer.Ordinal);

    public ArticleAnalysisCounts Totals => Analysis.Values.Aggregate(ArticleAnalysisCounts.Zero, (sum, next) => sum.Add(next));

    /// <summary>Reads the store and builds the report.</summary>
    public static async Task<CorpusReport> BuildAsync(IArticleStore store, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var articles = new List<ArticleSummary>();
        var analysis = new Dictionary<string, ArticleAnalysisCounts>(StringComparer.Ordinal);
        await foreach (var article in store.ListAsync(new ArticleQuery(), cancellationToken).ConfigureAwait(false))
        {
            articles.Add(article);
            var stored = await store.GetAsync(article.Id, cancellationToken).ConfigureAwait(false);
            analysis[article.Id] = stored is null ? ArticleAnalysisCounts.Zero : ArticleAnalysisCounts.FromJson(stored.AnalysisJson);
        }

        var failures = new List<IngestFailure>();
        await foreach (var failure in store.ListFailuresAsync(cancellationToken).ConfigureAwait(false))
        {
            failures.Add(failure);
        }

        // Persisted stories (caught up first) where the store keeps them, else clustered now; the user's decisions applied.
        var stories = await StoryBuilder.BuildAsync(store, cancellationToken: cancellationToken).ConfigureAwait(false);
        var statistics = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        return new CorpusReport((clock ?? TimeProvider.System).GetUtcNow(), statistics, stories, articles, analysis, failures);
    }
}
