using NewsTrace.Documents;

namespace NewsTrace.Time.Timeline;

/// <summary>A sentence of one article anchored to a normalised date: the raw material of a timeline event.</summary>
/// <param name="Date">The date the expression resolves to.</param>
/// <param name="Sentence">The sentence's span.</param>
/// <param name="Expression">The date expression's span.</param>
public sealed record DatedSentence(CalendarPeriod Date, TextSpan Sentence, TextSpan Expression);
