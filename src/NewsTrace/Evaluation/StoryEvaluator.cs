using NewsTrace.Stories;

namespace NewsTrace.Evaluation;

/// <summary>Clusters a labelled set with <see cref="StoryClusterer"/> and scores it with <see cref="BCubed"/>.</summary>
public static class StoryEvaluator
{
    public static StoryEvaluation Evaluate(IReadOnlyList<LabelledDocument> documents, StoryClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var clusterer = new StoryClusterer(options);
        foreach (var document in documents)
        {
            clusterer.Add(new StoryInput(document.Id, document.Text));
        }

        var stories = clusterer.Cluster();
        var predictedEvents = new Dictionary<string, string>(StringComparer.Ordinal);
        var predictedTopics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            foreach (var id in story.ArticleIds)
            {
                predictedEvents[id] = story.Id;
                predictedTopics[id] = story.TopicId;
            }
        }

        var goldEvents = documents.ToDictionary(d => d.Id, d => d.Subtopic, StringComparer.Ordinal);
        var goldTopics = documents.ToDictionary(d => d.Id, d => d.Topic, StringComparer.Ordinal);
        return new StoryEvaluation(
            documents.Count,
            goldEvents.Values.Distinct(StringComparer.Ordinal).Count(),
            stories.Count,
            goldTopics.Values.Distinct(StringComparer.Ordinal).Count(),
            stories.Select(s => s.TopicId).Distinct(StringComparer.Ordinal).Count(),
            BCubed.Score(predictedEvents, goldEvents),
            BCubed.Score(predictedTopics, goldTopics));
    }
}
