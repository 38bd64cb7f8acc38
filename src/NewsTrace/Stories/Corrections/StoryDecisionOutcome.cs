using NewsTrace.Storage;

namespace NewsTrace.Stories.Corrections;

/// <summary>One decision and what its replay did.</summary>
/// <param name="Decision">The decision, as stored.</param>
/// <param name="Status">Applied, already true, or skipped.</param>
/// <param name="Message">What happened, in words: which story received the articles, or why the decision was skipped.</param>
/// <param name="StoryId">The story the decision's articles are in after the replay; null when skipped.</param>
public sealed record StoryDecisionOutcome(StoryDecision Decision, StoryDecisionStatus Status, string Message, string? StoryId);
