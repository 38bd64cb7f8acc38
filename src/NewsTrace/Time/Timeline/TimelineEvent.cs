using System.Collections.Immutable;

namespace NewsTrace.Time.Timeline;

/// <summary>One dated event of a story, told by one or more articles.</summary>
/// <param name="Date">When it happened, at the precision the articles give (a day, a month or a year).</param>
/// <param name="Text">The sentence that best represents it: the one closest to all its sources' sentences (the earliest on a tie).</param>
/// <param name="Sources">Every article sentence that tells it, earliest article first.</param>
public sealed record TimelineEvent(CalendarPeriod Date, string Text, ImmutableArray<EventSource> Sources);
