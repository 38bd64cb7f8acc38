using NewsTrace.Storage;
using NewsTrace.Stories.Features;

namespace NewsTrace.Stories.Incremental;

/// <summary>
/// How a component of new articles and the topics it touches turns into story assignments: clustered again together
/// when it is small enough, each new article placed by nearest story mean when it is not.
/// </summary>
public sealed partial class StoryIndexUpdater
{
    /// <summary>The batch algorithm over one component: its new articles and every member of its topics; ids carry over by overlap.</summary>
    private async Task<List<StoryAssignment>> ReclusterAsync(List<NewArticle> members, Dictionary<string, IndexedArticle> old, StoryVectorizer vectors, TermFrequencyTable frequencies, ClusterIdAllocator ids, CancellationToken cancellationToken)
    {
        var clusterer = new StoryClusterer(_options, frequencies);
        var terms = new Dictionary<string, IReadOnlyDictionary<string, TermCount>>(StringComparer.Ordinal);
        foreach (var article in members)
        {
            clusterer.Add(article.Input, article.Terms);
            terms[article.Id] = article.Terms;
        }

        foreach (var article in old.Values)
        {
            clusterer.Add(StoryBuilder.Input(article.Article, null) with { Published = _reader.EventDateOf(article) }, article.Terms);
            terms[article.Article.Id] = article.Terms;
        }

        return await AssignmentsAsync(clusterer.Cluster(), old, terms, vectors, ids, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Assignments for clusters of new and old articles: ids by overlap with the old ones, scores against each story's mean.</summary>
    private async Task<List<StoryAssignment>> AssignmentsAsync(
        IReadOnlyList<StoryCluster> clusters, Dictionary<string, IndexedArticle> old, Dictionary<string, IReadOnlyDictionary<string, TermCount>> terms, StoryVectorizer vectors, ClusterIdAllocator ids, CancellationToken cancellationToken)
    {
        var storyIds = await ids.AssignAsync('s', clusters.Select(c => c.ArticleIds).ToList(), clusters.Select(c => c.Id).ToList(), id => old.GetValueOrDefault(id)?.Assignment.StoryId, cancellationToken).ConfigureAwait(false);
        var topics = clusters.Select((c, index) => (c.TopicId, index)).GroupBy(t => t.TopicId, StringComparer.Ordinal).Select(g => g.Select(t => t.index).ToList()).ToList();
        var topicMembers = topics.Select(t => (IReadOnlyList<string>)t.SelectMany(i => clusters[i].ArticleIds).ToList()).ToList();
        var topicIds = await ids.AssignAsync('t', topicMembers, topics.Select(t => clusters[t[0]].TopicId).ToList(), id => old.GetValueOrDefault(id)?.Assignment.TopicId, cancellationToken).ConfigureAwait(false);
        var topicOf = new string[clusters.Count];
        for (var t = 0; t < topics.Count; t++)
        {
            foreach (var index in topics[t])
            {
                topicOf[index] = topicIds[t];
            }
        }

        var assignments = new List<StoryAssignment>();
        for (var c = 0; c < clusters.Count; c++)
        {
            var memberVectors = clusters[c].ArticleIds.ToDictionary(id => id, id => _reader.VectorOf(vectors, id, terms[id]), StringComparer.Ordinal);
            var mean = StoryVectorizer.Mean(memberVectors.Values);
            var meanNorm = mean.Norm();
            foreach (var id in clusters[c].ArticleIds)
            {
                var score = meanNorm == 0 ? 0 : memberVectors[id].Dot(mean) / meanNorm;
                assignments.Add(new StoryAssignment(id, storyIds[c], topicOf[c], Math.Round(score, 6), string.Equals(id, clusters[c].RepresentativeId, StringComparison.Ordinal)));
            }
        }

        return assignments;
    }

    /// <summary>
    /// For a component too large to recluster: each new article, in order, joins the story whose mean vector is
    /// closest (average link to a sample of its latest members) when at or above the event threshold; otherwise it starts a
    /// story in the topic of its most similar neighbour (at or above the topic threshold), or a topic of its own.
    /// </summary>
    private async Task<List<StoryAssignment>> AssignToNearestAsync(
        List<NewArticle> members, Dictionary<string, IndexedArticle> indexed, StoryVectorizer vectors, TermFrequencyTable frequencies, ClusterIdAllocator ids, StoryMemberReader membership, CancellationToken cancellationToken)
    {
        var assignments = new List<StoryAssignment>();
        var placed = new Dictionary<string, (StoryAssignment Assignment, SparseVector Vector, DateOnly? Date)>(StringComparer.Ordinal);
        var storyTopics = new Dictionary<string, string>(StringComparer.Ordinal);

        // The stored members of a story do not change during an update, so each story's sample is read once.
        var samples = new Dictionary<string, (List<SparseVector> Vectors, List<DateOnly?> Dates)>(StringComparer.Ordinal);
        foreach (var article in members)
        {
            // Neighbours: indexed candidates, and new articles of this component already placed.
            var neighbours = article.Neighbours
                .Select(n => (n.Similarity, indexed[n.ArticleId].Assignment.StoryId, indexed[n.ArticleId].Assignment.TopicId))
                .Concat(placed.Values.Select(p => (StorySimilarity.TopicDecay(article.Vector.Dot(p.Vector), article.Date, p.Date, _options), p.Assignment.StoryId, p.Assignment.TopicId)))
                .Where(n => n.Item1 >= _options.TopicThreshold)
                .OrderByDescending(n => n.Item1)
                .ThenBy(n => n.StoryId, StringComparer.Ordinal)
                .ToList();
            foreach (var neighbour in neighbours)
            {
                storyTopics[neighbour.StoryId] = neighbour.TopicId;
            }

            var stories = neighbours.Select(n => n.StoryId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            await ReadStorySamplesAsync(stories, samples, indexed, vectors, frequencies, membership, cancellationToken).ConfigureAwait(false);
            (string StoryId, double Score) best = ("", double.NegativeInfinity);
            foreach (var story in stories)
            {
                var (storedVectors, storedDates) = samples[story];
                var memberVectors = storedVectors
                    .Concat(placed.Values.Where(p => string.Equals(p.Assignment.StoryId, story, StringComparison.Ordinal)).Select(p => p.Vector))
                    .ToList();
                var latest = storedDates.Concat(placed.Values.Where(p => string.Equals(p.Assignment.StoryId, story, StringComparison.Ordinal)).Select(p => p.Date)).Max();
                var score = StorySimilarity.Decay(article.Vector.Dot(StoryVectorizer.Mean(memberVectors)), article.Date, latest, _options);
                if (score > best.Score)
                {
                    best = (story, score);
                }
            }

            StoryAssignment assignment;
            if (best.Score >= _options.EventThreshold)
            {
                ids.Keep(best.StoryId);
                assignment = new StoryAssignment(article.Id, best.StoryId, storyTopics[best.StoryId], Math.Round(best.Score, 6), false);
            }
            else
            {
                var story = await ids.FreshAsync('s', StoryIds.From('s', article.Id), new HashSet<string>(), cancellationToken).ConfigureAwait(false);
                var topic = neighbours.Count > 0 ? neighbours[0].TopicId : await ids.FreshAsync('t', StoryIds.From('t', article.Id), new HashSet<string>(), cancellationToken).ConfigureAwait(false);
                ids.Keep(topic);
                storyTopics[story] = topic;
                assignment = new StoryAssignment(article.Id, story, topic, 1.0, true);
            }

            placed[article.Id] = (assignment, article.Vector, article.Date);
            assignments.Add(assignment);
        }

        return assignments;
    }

    /// <summary>
    /// The vectors and dates of the sampled latest members (<see cref="IncrementalClusteringOptions.StorySample"/>, newest
    /// first) of each story not sampled yet. A member's vector does not change within an update once its terms'
    /// frequencies are loaded, which reading it does.
    /// </summary>
    private async Task ReadStorySamplesAsync(
        List<string> stories, Dictionary<string, (List<SparseVector> Vectors, List<DateOnly?> Dates)> samples, Dictionary<string, IndexedArticle> indexed, StoryVectorizer vectors, TermFrequencyTable frequencies, StoryMemberReader membership, CancellationToken cancellationToken)
    {
        var unread = stories.Where(s => !samples.ContainsKey(s)).ToList();
        if (unread.Count == 0)
        {
            return;
        }

        var sample = await membership.ListStoryMembersAsync(unread, _limits.StorySample, cancellationToken).ConfigureAwait(false);
        var sampled = await _reader.LoadAsync(sample.Select(s => s.ArticleId), indexed, frequencies, cancellationToken).ConfigureAwait(false);
        foreach (var story in unread)
        {
            var members = sample.Where(s => string.Equals(s.StoryId, story, StringComparison.Ordinal)).Select(s => sampled[s.ArticleId]).ToList();
            samples[story] = ([.. members.Select(m => _reader.VectorOf(vectors, m.Article.Id, m.Terms))], [.. members.Select(_reader.DateOf)]);
        }
    }
}
