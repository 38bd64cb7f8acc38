using NewsTrace.Documents;
using NewsTrace.Storage;
using NewsTrace.Stories.Corrections;

namespace NewsTrace.Stories;

/// <summary>
/// Forms the stories of a store: every article goes through <see cref="StoryClusterer"/>, and its clusters become
/// <see cref="Story"/> values with the articles' summaries and sources. The one place the CLI and the report share.
/// </summary>
public static class StoryBuilder
{
    /// <summary>Loads every article (summary, text, sources) from <paramref name="store"/>, clusters them and applies the user's story decisions.</summary>
    public static async Task<IReadOnlyList<Story>> BuildAsync(IArticleStore store, StoryClusteringOptions? options = null, CancellationToken cancellationToken = default)
        => (await BuildCorrectedAsync(store, options, cancellationToken).ConfigureAwait(false)).Stories;

    /// <summary>As <see cref="BuildAsync"/>, with what each of the store's story decisions did (applied, already true, skipped).</summary>
    public static async Task<CorrectedStories> BuildCorrectedAsync(IArticleStore store, StoryClusteringOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var articles = new List<ArticleSummary>();
        var clusterer = new StoryClusterer(options);
        await foreach (var article in store.ListAsync(new ArticleQuery(), cancellationToken).ConfigureAwait(false))
        {
            articles.Add(article);
            var stored = await store.GetAsync(article.Id, cancellationToken).ConfigureAwait(false);
            clusterer.Add(Input(article, stored?.Text));
        }

        var sources = new List<ArticleSource>();
        await foreach (var source in store.ListSourcesAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(source);
        }

        var decisions = await StoryDecisionReader.ListAsync(store, cancellationToken).ConfigureAwait(false);
        var corrected = StoryCorrections.Apply(clusterer.Cluster(), decisions);
        return new CorrectedStories(Build(articles, sources, corrected.Clusters), corrected.Outcomes);
    }

    /// <summary>What the clusterer needs of one stored article; the title stands in for a text that could not be read.</summary>
    public static StoryInput Input(ArticleSummary article, string? text)
    {
        ArgumentNullException.ThrowIfNull(article);
        PublishDate? published = PublishDate.TryParseIso(article.Published, out var date) ? date : null;
        return new StoryInput(article.Id, text ?? article.Title ?? "", article.TextHash, published, article.Title);
    }

    /// <param name="articles">The summaries of every article added to <paramref name="clusterer"/>.</param>
    /// <param name="sources">Every source of every article; articles without an entry are named by their own source.</param>
    /// <param name="clusterer">A clusterer holding those articles.</param>
    public static IReadOnlyList<Story> Build(IReadOnlyList<ArticleSummary> articles, IEnumerable<ArticleSource> sources, StoryClusterer clusterer)
    {
        ArgumentNullException.ThrowIfNull(clusterer);
        return Build(articles, sources, clusterer.Cluster());
    }

    /// <summary>Stories from clusters made any way (batch, incremental, corrected by the user); members are re-sorted earliest first.</summary>
    /// <param name="articles">The summaries of every clustered article.</param>
    /// <param name="sources">Every source of every article; articles without an entry are named by their own source.</param>
    /// <param name="clusters">The clusters; one naming an article missing from <paramref name="articles"/> is left out.</param>
    public static IReadOnlyList<Story> Build(IReadOnlyList<ArticleSummary> articles, IEnumerable<ArticleSource> sources, IReadOnlyList<StoryCluster> clusters)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(clusters);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var referencesById = sources
            .GroupBy(s => s.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Reference).ToList(), StringComparer.Ordinal);
        return clusters
            .Where(cluster => cluster.ArticleIds.Count > 0 && cluster.ArticleIds.All(byId.ContainsKey))
            .Select(cluster =>
            {
                var members = cluster.ArticleIds
                    .Select(id => byId[id])
                    .OrderBy(a => a.Published ?? "9999", StringComparer.Ordinal)
                    .ThenBy(a => a.Id, StringComparer.Ordinal)
                    .ToList();
                var references = members
                    .SelectMany(a => referencesById.TryGetValue(a.Id, out var list) ? list : [Story.Reference(a)])
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                // A cluster the user's decisions changed may have lost its representative: the earliest headline names it then.
                var title = cluster.Title ?? members.Select(a => a.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
                return new Story(cluster.Id, title, members, references) { TopicId = cluster.TopicId };
            })
            .OrderBy(s => s.Articles[0].Published ?? "9999", StringComparer.Ordinal)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }
}
