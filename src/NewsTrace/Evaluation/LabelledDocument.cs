namespace NewsTrace.Evaluation;

/// <summary>A document of a story-clustering test set with its gold topic and event (subtopic).</summary>
public sealed record LabelledDocument(string Id, string Topic, string Subtopic, string Text);
