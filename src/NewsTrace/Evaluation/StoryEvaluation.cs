namespace NewsTrace.Evaluation;

/// <summary>How well clustering matched the gold labels: at the event level (stories vs subtopics) and the topic level.</summary>
public sealed record StoryEvaluation(int Documents, int GoldEvents, int PredictedEvents, int GoldTopics, int PredictedTopics, BCubedScore Events, BCubedScore Topics);
