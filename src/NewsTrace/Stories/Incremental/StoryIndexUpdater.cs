using NewsTrace.Storage;
using NewsTrace.Stories.Clustering;
using NewsTrace.Stories.Features;

namespace NewsTrace.Stories.Incremental;

/// <summary>
/// Adds one batch of new articles to the persisted clustering. The batch is first clustered on its own with the batch
/// algorithm (<see cref="StoryClusterer"/>, over the persisted global document frequencies), which gives groups of new
/// articles that would share a topic. Each group looks up the indexed articles that share its members' heaviest terms;
/// an existing topic is affected when the group's average similarity to a sample of its latest members reaches the
/// topic threshold (average link would join them). Groups that touch no topic become stories as they are; groups and
/// the topics they touch are clustered again together, and ids carry over by overlap. A component larger than
/// <see cref="IncrementalClusteringOptions.MaxRecluster"/> places each new article by nearest story mean instead.
/// </summary>
/// <remarks>
/// The batch is sorted by (publish date, id) first and every tie breaks by id, so the outcome does not depend on input
/// order; on an empty store one batch gives exactly what the batch algorithm gives.
/// </remarks>
public sealed partial class StoryIndexUpdater
{
    private readonly IStoryStore _store;
    private readonly StoryClusteringOptions _options;
    private readonly IncrementalClusteringOptions _limits;
    private readonly IndexedArticleCache? _cache;
    private readonly IndexedArticleReader _reader;

    /// <param name="store">The story index.</param>
    /// <param name="options">How articles are clustered.</param>
    /// <param name="limits">How much work each update does.</param>
    /// <param name="cache">Indexed articles kept between updates (and between updaters); null reads every one from the store.</param>
    public StoryIndexUpdater(IStoryStore store, StoryClusteringOptions? options = null, IncrementalClusteringOptions? limits = null, IndexedArticleCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? StoryClusteringOptions.Default;
        _limits = limits ?? IncrementalClusteringOptions.Default;
        _cache = cache;
        _reader = new IndexedArticleReader(store, cache);
    }

    /// <summary>
    /// Clusters <paramref name="articles"/> into the stored stories and writes the result in one transaction. Returns
    /// null, having written nothing, when another process changed the index while this one computed (call again).
    /// </summary>
    public async Task<StoryBatchResult?> TryAddAsync(IReadOnlyList<UnassignedArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var state = await _store.GetStoryIndexStateAsync(cancellationToken).ConfigureAwait(false);
        var membership = await BeginAsync(state, cancellationToken).ConfigureAwait(false);
        _reader.BeginUpdate();
        // Term extraction reads every text once: on every core, in input order (AsOrdered), so the outcome is the serial one.
        var news = articles
            .DistinctBy(a => a.Article.Id, StringComparer.Ordinal)
            .AsParallel()
            .AsOrdered()
            .Select(a => new NewArticle(a.Article, StoryBuilder.Input(a.Article, a.Text) with { Published = a.EventDate }, ContentTerms.ExtractWithQuotes(a.Text)))
            .AsSequential()
            .OrderBy(n => n.Input.Published?.ToString() ?? "9999", StringComparer.Ordinal)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        if (news.Count == 0)
        {
            return StoryBatchResult.None;
        }

        var frequencies = new TermFrequencyTable();
        frequencies.SetDocumentCount(state.DocumentCount);
        await _reader.LoadFrequenciesAsync(frequencies, news.SelectMany(n => n.Terms.Keys), cancellationToken).ConfigureAwait(false);
        foreach (var article in news)
        {
            frequencies.Count(article.Terms.Keys);
        }

        var vectors = new StoryVectorizer(_options, frequencies);
        foreach (var article in news)
        {
            article.Vector = _reader.VectorOf(vectors, article.Id, article.Terms);
            article.IndexTerms = vectors.HeaviestTerms(article.Terms, _limits.IndexTermsPerArticle);
        }

        var own = new StoryClusterer(_options, frequencies);
        foreach (var article in news)
        {
            own.Add(article.Input, article.Terms);
        }

        var batchClusters = own.Cluster();
        var indexed = await FindNeighboursAsync(news, vectors, frequencies, cancellationToken).ConfigureAwait(false);
        var components = await ComponentsAsync(news, batchClusters, vectors, indexed, frequencies, membership, cancellationToken).ConfigureAwait(false);
        var ids = new ClusterIdAllocator(_store);
        var assignments = new List<StoryAssignment>();
        int reclustered = 0, nearest = 0;
        foreach (var (members, clusters, topics) in components)
        {
            if (topics.Count == 0)
            {
                assignments.AddRange(await AssignmentsAsync(clusters, [], members.ToDictionary(m => m.Id, m => m.Terms, StringComparer.Ordinal), vectors, ids, cancellationToken).ConfigureAwait(false));
                continue;
            }

            // Counted first from the topic index: a topic too large to recluster is common at scale, and its members are not needed then.
            var size = await membership.CountTopicMembersAsync(topics, _limits.MaxRecluster + 1, cancellationToken).ConfigureAwait(false);
            if (size + members.Count > _limits.MaxRecluster)
            {
                assignments.AddRange(await AssignToNearestAsync(members, indexed, vectors, frequencies, ids, membership, cancellationToken).ConfigureAwait(false));
                nearest += members.Count;
                continue;
            }

            var existing = await membership.ListTopicMembersAsync(topics, _limits.MaxRecluster + 1, cancellationToken).ConfigureAwait(false);
            var old = await _reader.LoadAsync(existing.Select(e => e.ArticleId), indexed, frequencies, cancellationToken).ConfigureAwait(false);
            assignments.AddRange(await ReclusterAsync(members, old, vectors, frequencies, ids, cancellationToken).ConfigureAwait(false));
            reclustered += old.Count;
        }

        var update = new StoryUpdate(
            state.Version,
            news.Select(n => new StoryIndexEntry(n.Id, n.Terms, n.IndexTerms) { EventDate = n.Input.Published?.ToString() }).ToList(),
            assignments);
        update.Validate();
        if (!await _store.ApplyStoryUpdateAsync(update, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        if (_cache is not null)
        {
            var assigned = assignments.ToDictionary(a => a.ArticleId, StringComparer.Ordinal);
            _cache.Applied(update, news.Select(n => new IndexedArticle(n.Summary, assigned[n.Id], n.Terms) { EventDate = n.Input.Published?.ToString() }));
        }

        return new StoryBatchResult(news.Count, reclustered, nearest, 0);
    }

    /// <summary>
    /// Ties the cache to the state this update starts from, loads the whole membership when that is likely to pay, and
    /// says where membership questions are answered.
    /// </summary>
    private async Task<StoryMemberReader> BeginAsync(StoryIndexState state, CancellationToken cancellationToken)
    {
        if (_cache is null)
        {
            return new StoryMemberReader(_store, null);
        }

        _cache.Begin(_store, state);
        if (_cache.WantsMembership)
        {
            var assignments = new List<StoryAssignment>();
            await foreach (var assignment in _store.ListAssignmentsInIndexOrderAsync(cancellationToken).ConfigureAwait(false))
            {
                assignments.Add(assignment);
            }

            // Read outside the lock, so it is only right if nobody updated the index meanwhile: checked, else not used.
            var after = await _store.GetStoryIndexStateAsync(cancellationToken).ConfigureAwait(false);
            if (after.Version == state.Version)
            {
                _cache.LoadMembership(assignments);
            }
        }

        return new StoryMemberReader(_store, _cache.Membership.IsLoaded ? _cache.Membership : null);
    }

    /// <summary>Looks up each new article's heaviest terms, keeps the indexed articles sharing the most, and measures the similarity to each.</summary>
    private async Task<Dictionary<string, IndexedArticle>> FindNeighboursAsync(List<NewArticle> news, StoryVectorizer vectors, TermFrequencyTable frequencies, CancellationToken cancellationToken)
    {
        var queryTerms = news.SelectMany(n => n.IndexTerms.Take(_limits.QueryTermsPerArticle)).Distinct(StringComparer.Ordinal).ToList();
        var postings = (await _store.FindArticlesByTermsAsync(queryTerms, _limits.PostingsPerTerm, cancellationToken).ConfigureAwait(false))
            .GroupBy(p => p.Term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.ArticleId).ToList(), StringComparer.Ordinal);
        var wanted = new Dictionary<NewArticle, List<string>>();
        foreach (var article in news)
        {
            var hits = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in article.IndexTerms.Take(_limits.QueryTermsPerArticle))
            {
                foreach (var id in postings.GetValueOrDefault(term) ?? [])
                {
                    hits[id] = hits.GetValueOrDefault(id) + 1;
                }
            }

            wanted[article] = hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).Take(_limits.CandidatesPerArticle).Select(h => h.Key).ToList();
        }

        var indexed = await _reader.LoadAsync(wanted.Values.SelectMany(ids => ids), [], frequencies, cancellationToken).ConfigureAwait(false);
        foreach (var article in news)
        {
            foreach (var id in wanted[article])
            {
                if (!indexed.TryGetValue(id, out var candidate))
                {
                    continue;
                }

                var vector = _reader.VectorOf(vectors, id, candidate.Terms);
                article.Neighbours.Add((id, StorySimilarity.TopicDecay(article.Vector.Dot(vector), article.Date, _reader.DateOf(candidate), _options)));
            }
        }

        return indexed;
    }

    /// <summary>
    /// Groups the batch's own topics (<paramref name="batchClusters"/>) with the existing topics they would join: a topic
    /// of a neighbour at or above the topic threshold is affected when the group's average similarity to the topic's
    /// latest members reaches the threshold too. Groups sharing an affected topic are one component. Components come in
    /// the order of their earliest new article.
    /// </summary>
    private async Task<List<(List<NewArticle> Members, List<StoryCluster> Clusters, List<string> Topics)>> ComponentsAsync(
        List<NewArticle> news, IReadOnlyList<StoryCluster> batchClusters, StoryVectorizer vectors, Dictionary<string, IndexedArticle> indexed, TermFrequencyTable frequencies, StoryMemberReader membership, CancellationToken cancellationToken)
    {
        var byId = news.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var position = news.Select((n, index) => (n.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        var groups = batchClusters
            .GroupBy(c => c.TopicId, StringComparer.Ordinal)
            .Select(g => (Clusters: g.ToList(), Members: g.SelectMany(c => c.ArticleIds).Select(id => byId[id]).OrderBy(n => position[n.Id]).ToList()))
            .OrderBy(g => position[g.Members[0].Id])
            .ToList();
        var touched = groups.Select(g => g.Members
                .SelectMany(m => m.Neighbours.Where(n => n.Similarity >= _options.TopicThreshold).Select(n => indexed[n.ArticleId].Assignment.TopicId))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList())
            .ToList();
        var sample = await membership.ListRecentTopicMembersAsync(touched.SelectMany(t => t).Distinct(StringComparer.Ordinal).ToList(), _limits.TopicSample, cancellationToken).ConfigureAwait(false);
        var sampled = await _reader.LoadAsync(sample.Select(s => s.ArticleId), indexed, frequencies, cancellationToken).ConfigureAwait(false);
        var sampleByTopic = sample
            .Where(s => sampled.ContainsKey(s.ArticleId))
            .GroupBy(s => s.TopicId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => (Vector: _reader.VectorOf(vectors, s.ArticleId, sampled[s.ArticleId].Terms), Date: _reader.DateOf(sampled[s.ArticleId]))).ToList(), StringComparer.Ordinal);

        var topicNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var links = new List<(int Group, int Topic)>();
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var topic in touched[g])
            {
                if (!sampleByTopic.TryGetValue(topic, out var members) || AverageSimilarity(groups[g].Members, members) < _options.TopicThreshold)
                {
                    continue;
                }

                if (!topicNumbers.TryGetValue(topic, out var number))
                {
                    topicNumbers[topic] = number = groups.Count + topicNumbers.Count;
                }

                links.Add((g, number));
            }
        }

        var sets = new DisjointSets(groups.Count + topicNumbers.Count);
        foreach (var (group, topic) in links)
        {
            sets.Union(group, topic);
        }

        var topicsByRoot = topicNumbers.GroupBy(t => sets.Smallest(t.Value)).ToDictionary(g => g.Key, g => g.Select(t => t.Key).Order(StringComparer.Ordinal).ToList());
        return Enumerable.Range(0, groups.Count)
            .GroupBy(sets.Smallest)
            .Select(c => (
                c.SelectMany(g => groups[g].Members).OrderBy(n => position[n.Id]).ToList(),
                c.SelectMany(g => groups[g].Clusters).ToList(),
                topicsByRoot.GetValueOrDefault(c.Key) ?? []))
            .ToList();
    }

    /// <summary>Average link between a group of new articles and a topic's sampled members, time decay included.</summary>
    private double AverageSimilarity(List<NewArticle> group, List<(SparseVector Vector, DateOnly? Date)> members)
    {
        double sum = 0;
        foreach (var article in group)
        {
            foreach (var (vector, date) in members)
            {
                sum += StorySimilarity.TopicDecay(article.Vector.Dot(vector), article.Date, date, _options);
            }
        }

        return sum / ((double)group.Count * members.Count);
    }
}
