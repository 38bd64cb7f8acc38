namespace NewsTrace.Evaluation;

/// <summary>A document of a story-clustering test set with its gold topic and event (subtopic).</summary>
public sealed record LabelledDocument(string Id, string Topic, string Subtopic, string Text)
{
    /// <summary>The publish date (ISO 8601) when the set gives one (<c>published</c>); ECB+ gives none.</summary>
    public string? Published { get; init; }
}
