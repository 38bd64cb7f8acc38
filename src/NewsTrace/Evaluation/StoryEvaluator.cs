using System.Diagnostics;
using NewsTrace.Documents;
using NewsTrace.Storage;
using NewsTrace.Stories;
using NewsTrace.Stories.Incremental;

namespace NewsTrace.Evaluation;

/// <summary>Clusters a labelled set with <see cref="StoryClusterer"/> (or through the incremental path) and scores it with <see cref="BCubed"/>.</summary>
public static class StoryEvaluator
{
    public static StoryEvaluation Evaluate(IReadOnlyList<LabelledDocument> documents, StoryClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var clusterer = new StoryClusterer(options);
        foreach (var document in documents)
        {
            clusterer.Add(new StoryInput(document.Id, document.Text, Published: Date(document.Published)));
        }

        var stories = clusterer.Cluster();
        return Score(documents, stories.SelectMany(s => s.ArticleIds.Select(id => (id, s.Id, s.TopicId))));
    }

    /// <summary>
    /// Feeds the documents, in file order, in batches of <paramref name="batchSize"/> into an empty store and runs the
    /// incremental catch-up after each batch, then scores the persisted stories. Like <see cref="Evaluate"/>, every
    /// document is its own text (no exact-copy grouping by hash) and undated.
    /// </summary>
    /// <param name="store">An empty store that keeps story state (both interfaces).</param>
    /// <param name="progress">Told after each batch: documents so far and the time spent in the incremental step alone.</param>
    public static async Task<StoryEvaluation> EvaluateIncrementalAsync(
        IReadOnlyList<LabelledDocument> documents,
        IArticleStore store,
        int batchSize,
        StoryClusteringOptions? options = null,
        IProgress<IncrementalEvaluationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var stories = store as IStoryStore ?? throw new ArgumentException("The store keeps no story state.", nameof(store));
        var limits = IncrementalClusteringOptions.Default with { BatchSize = Math.Max(batchSize, IncrementalClusteringOptions.Default.BatchSize) };
        var written = 0;
        var clustering = TimeSpan.Zero;
        foreach (var batch in documents.Chunk(batchSize))
        {
            var articles = batch
                .Select(d => new StoredArticle(d.Id, new ArticleMetadata { Source = "eval/" + d.Id, Published = Date(d.Published) }, d.Text, "doc:" + d.Id, "{}"))
                .ToList();
            await store.WriteBatchAsync(articles, [], cancellationToken).ConfigureAwait(false);
            var started = Stopwatch.GetTimestamp();
            await IncrementalStories.UpdateAsync(store, stories, options, limits, cancellationToken).ConfigureAwait(false);
            clustering += Stopwatch.GetElapsedTime(started);
            written += batch.Length;
            progress?.Report(new IncrementalEvaluationProgress(written, clustering));
        }

        var assignments = new List<(string, string, string)>();
        await foreach (var assignment in stories.ListStoryAssignmentsAsync(cancellationToken).ConfigureAwait(false))
        {
            assignments.Add((assignment.ArticleId, assignment.StoryId, assignment.TopicId));
        }

        return Score(documents, assignments);
    }

    private static PublishDate? Date(string? published) => PublishDate.TryParseIso(published, out var date) ? date : null;

    private static StoryEvaluation Score(IReadOnlyList<LabelledDocument> documents, IEnumerable<(string ArticleId, string StoryId, string TopicId)> predicted)
    {
        var predictedEvents = new Dictionary<string, string>(StringComparer.Ordinal);
        var predictedTopics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, story, topic) in predicted)
        {
            predictedEvents[id] = story;
            predictedTopics[id] = topic;
        }

        var goldEvents = documents.ToDictionary(d => d.Id, d => d.Subtopic, StringComparer.Ordinal);
        var goldTopics = documents.ToDictionary(d => d.Id, d => d.Topic, StringComparer.Ordinal);
        return new StoryEvaluation(
            documents.Count,
            goldEvents.Values.Distinct(StringComparer.Ordinal).Count(),
            predictedEvents.Values.Distinct(StringComparer.Ordinal).Count(),
            goldTopics.Values.Distinct(StringComparer.Ordinal).Count(),
            predictedTopics.Values.Distinct(StringComparer.Ordinal).Count(),
            BCubed.Score(predictedEvents, goldEvents),
            BCubed.Score(predictedTopics, goldTopics));
    }
}
