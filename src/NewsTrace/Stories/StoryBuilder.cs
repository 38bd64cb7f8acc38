using NewsTrace.Documents;
using NewsTrace.Storage;
using NewsTrace.Stories.Corrections;
using NewsTrace.Stories.Incremental;

namespace NewsTrace.Stories;

/// <summary>
/// Forms the stories of a store. A store that keeps story state (<see cref="IStoryStore"/>) is first brought up to date
/// (<see cref="IncrementalStories"/> assigns the articles that have no story yet) and its persisted stories are read;
/// any other store, or other options than the default, go through the batch <see cref="StoryClusterer"/>. Either way
/// the user's story decisions (move, split, merge) are replayed over the machine's stories, and the result is
/// <see cref="Story"/> values with the articles' summaries and sources. The one place the CLI, the report and the web
/// app share.
/// </summary>
public static class StoryBuilder
{
    /// <summary>The stories of <paramref name="store"/> with the user's decisions applied: persisted and caught up when it keeps story state and <paramref name="options"/> are the defaults, else clustered now.</summary>
    public static async Task<IReadOnlyList<Story>> BuildAsync(IArticleStore store, StoryClusteringOptions? options = null, CancellationToken cancellationToken = default)
        => (await BuildCorrectedAsync(store, options, cancellationToken).ConfigureAwait(false)).Stories;

    /// <summary>As <see cref="BuildAsync"/>, with what each of the store's story decisions did (applied, already true, skipped).</summary>
    public static async Task<CorrectedStories> BuildCorrectedAsync(IArticleStore store, StoryClusteringOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var articles = new List<ArticleSummary>();
        IReadOnlyList<StoryCluster> clusters;
        if (store is IStoryStore persisted && (options is null || options == StoryClusteringOptions.Default))
        {
            await IncrementalStories.UpdateAsync(store, persisted, StoryClusteringOptions.Default, cancellationToken).ConfigureAwait(false);
            await foreach (var article in store.ListAsync(new ArticleQuery(), cancellationToken).ConfigureAwait(false))
            {
                articles.Add(article);
            }

            clusters = await PersistedClustersAsync(articles, persisted, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var clusterer = new StoryClusterer(options);
            await foreach (var article in store.ListAsync(new ArticleQuery(), cancellationToken).ConfigureAwait(false))
            {
                articles.Add(article);
                var stored = await store.GetAsync(article.Id, cancellationToken).ConfigureAwait(false);
                clusterer.Add(Input(article, stored?.Text));
            }

            clusters = clusterer.Cluster();
        }

        var sources = await SourcesAsync(store, cancellationToken).ConfigureAwait(false);
        var decisions = await StoryDecisionReader.ListAsync(store, cancellationToken).ConfigureAwait(false);
        var corrected = StoryCorrections.Apply(clusters, decisions);
        return new CorrectedStories(Build(articles, sources, corrected.Clusters), corrected.Outcomes);
    }

    /// <summary>The persisted stories as they stand (no catch-up, no user decisions): an article still waiting for one is a story of its own.</summary>
    public static async Task<IReadOnlyList<Story>> ReadPersistedAsync(IArticleStore store, IStoryStore stories, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(stories);
        var articles = new List<ArticleSummary>();
        await foreach (var article in store.ListAsync(new ArticleQuery(), cancellationToken).ConfigureAwait(false))
        {
            articles.Add(article);
        }

        var clusters = await PersistedClustersAsync(articles, stories, cancellationToken).ConfigureAwait(false);
        return Build(articles, await SourcesAsync(store, cancellationToken).ConfigureAwait(false), clusters);
    }

    /// <summary>Loads every article (summary, text, sources) from <paramref name="store"/> and clusters them with the batch algorithm (no user decisions).</summary>
    public static async Task<IReadOnlyList<Story>> ClusterNowAsync(IArticleStore store, StoryClusteringOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var articles = new List<ArticleSummary>();
        var clusterer = new StoryClusterer(options);
        await foreach (var article in store.ListAsync(new ArticleQuery(), cancellationToken).ConfigureAwait(false))
        {
            articles.Add(article);
            var stored = await store.GetAsync(article.Id, cancellationToken).ConfigureAwait(false);
            clusterer.Add(stored is null ? Input(article, null) : Input(article, stored.Text) with { Published = StoryDates.EventDate(stored) });
        }

        return Build(articles, await SourcesAsync(store, cancellationToken).ConfigureAwait(false), clusterer);
    }

    /// <summary>
    /// Clusters from persisted assignments: the representative's headline as title (else the first member headline).
    /// Articles without an assignment are clusters of their own.
    /// </summary>
    public static IReadOnlyList<StoryCluster> FromAssignments(IReadOnlyList<ArticleSummary> articles, IEnumerable<StoryAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(assignments);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var assigned = assignments.Where(a => byId.ContainsKey(a.ArticleId)).ToDictionary(a => a.ArticleId, StringComparer.Ordinal);
        foreach (var article in articles.Where(a => !assigned.ContainsKey(a.Id)))
        {
            assigned[article.Id] = new StoryAssignment(article.Id, StoryIds.From('s', article.Id), StoryIds.From('t', article.Id), 1, true);
        }

        return [.. assigned.Values
            .GroupBy(a => a.StoryId, StringComparer.Ordinal)
            .Select(group =>
            {
                var members = group.Select(a => byId[a.ArticleId])
                    .OrderBy(a => a.Published ?? "9999", StringComparer.Ordinal)
                    .ThenBy(a => a.Id, StringComparer.Ordinal)
                    .ToList();
                var representative = group.Where(a => a.Representative).Select(a => a.ArticleId).Order(StringComparer.Ordinal).FirstOrDefault() ?? members[0].Id;
                var title = byId[representative].Title is { Length: > 0 } headline && !string.IsNullOrWhiteSpace(headline)
                    ? headline
                    : members.Select(a => a.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
                var topic = group.Select(a => a.TopicId).Min(StringComparer.Ordinal)!;
                return new StoryCluster(group.Key, topic, [.. members.Select(a => a.Id)], representative, title);
            })];
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

    private static async Task<IReadOnlyList<StoryCluster>> PersistedClustersAsync(IReadOnlyList<ArticleSummary> articles, IStoryStore stories, CancellationToken cancellationToken)
    {
        var assignments = new List<StoryAssignment>();
        await foreach (var assignment in stories.ListStoryAssignmentsAsync(cancellationToken).ConfigureAwait(false))
        {
            assignments.Add(assignment);
        }

        return FromAssignments(articles, assignments);
    }

    private static async Task<List<ArticleSource>> SourcesAsync(IArticleStore store, CancellationToken cancellationToken)
    {
        var sources = new List<ArticleSource>();
        await foreach (var source in store.ListSourcesAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(source);
        }

        return sources;
    }
}
