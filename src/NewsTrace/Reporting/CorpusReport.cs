using NewsTrace.Storage;
using NewsTrace.Stories;
using NewsTrace.Stories.Corrections;

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
    public ArticleAnalysisCounts Totals => Analysis.Values.Aggregate(ArticleAnalysisCounts.Zero, (sum, next) => sum.Add(next));

    /// <summary>Reads the store and builds the report.</summary>
    public static async Task<CorpusReport> BuildAsync(IArticleStore store, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var articles = new List<ArticleSummary>();
        var analysis = new Dictionary<string, ArticleAnalysisCounts>(StringComparer.Ordinal);
        var clusterer = new StoryClusterer();
        await foreach (var article in store.ListAsync(new ArticleQuery(), cancellationToken).ConfigureAwait(false))
        {
            articles.Add(article);
            var stored = await store.GetAsync(article.Id, cancellationToken).ConfigureAwait(false);
            analysis[article.Id] = stored is null ? ArticleAnalysisCounts.Zero : ArticleAnalysisCounts.FromJson(stored.AnalysisJson);
            clusterer.Add(StoryBuilder.Input(article, stored?.Text));
        }

        var failures = new List<IngestFailure>();
        await foreach (var failure in store.ListFailuresAsync(cancellationToken).ConfigureAwait(false))
        {
            failures.Add(failure);
        }

        var sources = new List<ArticleSource>();
        await foreach (var source in store.ListSourcesAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(source);
        }

        var statistics = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        var decisions = await StoryDecisionReader.ListAsync(store, cancellationToken).ConfigureAwait(false);
        var stories = StoryBuilder.Build(articles, sources, StoryCorrections.Apply(clusterer.Cluster(), decisions).Clusters);
        return new CorpusReport((clock ?? TimeProvider.System).GetUtcNow(), statistics, stories, articles, analysis, failures);
    }
}
