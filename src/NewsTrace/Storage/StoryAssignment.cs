namespace NewsTrace.Storage;

/// <summary>Where one article stands in the persisted clustering.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="StoryId">Its story (event).</param>
/// <param name="TopicId">The topic of that story.</param>
/// <param name="Score">How well it fits its story: cosine similarity of its vector to the story's mean vector when it was placed.</param>
/// <param name="Representative">Whether its headline names the story (one member per story).</param>
public sealed record StoryAssignment(string ArticleId, string StoryId, string TopicId, double Score, bool Representative);
