namespace NewsTrace.Stories;

/// <summary>One event found by <see cref="StoryClusterer"/>.</summary>
/// <param name="Id">"s" + 12 hex of SHA-256 of the earliest member's id: the same input always gives the same id.</param>
/// <param name="TopicId">"t" + 12 hex of SHA-256 of the earliest member's id over the whole topic; events of one topic share it.</param>
/// <param name="ArticleIds">Members, earliest first (publish date, then id; undated last).</param>
/// <param name="RepresentativeId">The member closest to the story's centroid; its headline names the story.</param>
/// <param name="Title">The representative's title, or the first member title found.</param>
public sealed record StoryCluster(string Id, string TopicId, IReadOnlyList<string> ArticleIds, string RepresentativeId, string? Title);
