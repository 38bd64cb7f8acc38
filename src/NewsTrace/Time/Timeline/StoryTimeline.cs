using System.Collections.Immutable;

namespace NewsTrace.Time.Timeline;

/// <summary>The dated events of a story (or of every story of a topic), in date order.</summary>
/// <param name="Id">The story or topic id.</param>
/// <param name="Title">The story's title, when it has one.</param>
/// <param name="Articles">How many articles were read.</param>
/// <param name="Events">The events, earliest first; at one date, day precision before month and year.</param>
public sealed record StoryTimeline(string Id, string? Title, int Articles, ImmutableArray<TimelineEvent> Events);
