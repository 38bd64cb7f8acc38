using NewsTrace.Documents;
using NewsTrace.Storage;
using NewsTrace.Stories.Incremental;

namespace NewsTrace.Stories;

/// <summary>
/// Forms the stories of a store. A store that keeps story state (<see cref="IStoryStore"/>) is first brought up to date
/// (<see cref="IncrementalStories"/> assigns the articles that have no story yet) and its persisted stories are read;
/// any other store, or other options than the default, go through the batch <see cref="StoryClusterer"/>. Either way
/// the result is <see cref="Story"/> values with the articles' summaries and sources. The one place the CLI, the report
/// and the web app share.
/// </summary>
public static class StoryBuilder
{
    /// <summary>The stories of <paramref name="store"/>: persisted and caught up when it keeps story state and <paramref name="options"/> are the defaults, else clustered now.</summary>
    public static async Task<IReadOnlyList<Story>> BuildAsync(IArticleStore store, StoryClusteringOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store is IStoryStore persisted && (options is null || options == StoryClusteringOptions.Default))
        {
            await IncrementalStories.UpdateAsync(store, persisted, StoryClusteringOptions.Default, cancellationToken).ConfigureAwait(false);
            return await ReadPersistedAsync(store, persisted, cancellationToken).ConfigureAwait(false);
        }

        return await ClusterNowAsync(store, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The persisted stories as they stand (no catch-up): an article still waiting for one is a story of its own.</summary>
    public static async Task<IReadOnlyList<Story>> ReadPersistedAsync(IArticleStore store, IStoryStore stories, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(stories);
        var articles = new List<ArticleSummary>();
        await foreach (var article in store.ListAsync(new ArticleQuery(), cancellationToken).ConfigureAwait(false))
        {
            articles.Add(article);
        }

        var assignments = new List<StoryAssignment>();
        await foreach (var assignment in stories.ListStoryAssignmentsAsync(cancellationToken).ConfigureAwait(false))
        {
            assignments.Add(assignment);
        }

        var sources = new List<ArticleSource>();
        await foreach (var source in store.ListSourcesAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(source);
        }

        return FromAssignments(articles, sources, assignments);
    }

    /// <summary>
    /// Stories from persisted assignments: members earliest first, the representative's headline as title (else the
    /// first member headline), stories earliest first. Articles without an assignment are stories of their own.
    /// </summary>
    public static IReadOnlyList<Story> FromAssignments(IReadOnlyList<ArticleSummary> articles, IEnumerable<ArticleSource> sources, IEnumerable<StoryAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(assignments);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var assigned = assignments.Where(a => byId.ContainsKey(a.ArticleId)).ToDictionary(a => a.ArticleId, StringComparer.Ordinal);
        foreach (var article in articles.Where(a => !assigned.ContainsKey(a.Id)))
        {
            assigned[article.Id] = new StoryAssignment(article.Id, StoryIds.From('s', article.Id), StoryIds.From('t', article.Id), 1, true);
        }

        var referencesById = ReferencesById(sources);
        return assigned.Values
            .GroupBy(a => a.StoryId, StringComparer.Ordinal)
            .Select(group =>
            {
                var members = group.Select(a => byId[a.ArticleId])
                    .OrderBy(a => a.Published ?? "9999", StringComparer.Ordinal)
                    .ThenBy(a => a.Id, StringComparer.Ordinal)
                    .ToList();
                var representative = group.Where(a => a.Representative).Select(a => byId[a.ArticleId].Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
                var title = representative ?? members.Select(a => a.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
                var topic = group.Select(a => a.TopicId).Min(StringComparer.Ordinal);
                return new Story(group.Key, title, members, References(members, referencesById)) { TopicId = topic };
            })
            .OrderBy(s => s.Articles[0].Published ?? "9999", StringComparer.Ordinal)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Loads every article (summary, text, sources) from <paramref name="store"/> and clusters them with the batch algorithm.</summary>
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

        var sources = new List<ArticleSource>();
        await foreach (var source in store.ListSourcesAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(source);
        }

        return Build(articles, sources, clusterer);
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
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(clusterer);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var referencesById = ReferencesById(sources);
        return clusterer.Cluster()
            .Where(cluster => cluster.ArticleIds.All(byId.ContainsKey))
            .Select(cluster =>
            {
                var members = cluster.ArticleIds
                    .Select(id => byId[id])
                    .OrderBy(a => a.Published ?? "9999", StringComparer.Ordinal)
                    .ThenBy(a => a.Id, StringComparer.Ordinal)
                    .ToList();
                return new Story(cluster.Id, cluster.Title, members, References(members, referencesById)) { TopicId = cluster.TopicId };
            })
            .OrderBy(s => s.Articles[0].Published ?? "9999", StringComparer.Ordinal)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static Dictionary<string, List<string>> ReferencesById(IEnumerable<ArticleSource> sources) => sources
        .GroupBy(s => s.ArticleId, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(s => s.Reference).ToList(), StringComparer.Ordinal);

    private static List<string> References(IEnumerable<ArticleSummary> members, Dictionary<string, List<string>> referencesById) => members
        .SelectMany(a => referencesById.TryGetValue(a.Id, out var list) ? list : [Story.Reference(a)])
        .Distinct(StringComparer.Ordinal)
        .ToList();
}
