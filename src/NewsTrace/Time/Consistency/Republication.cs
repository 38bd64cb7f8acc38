using NewsTrace.Documents;

namespace NewsTrace.Time.Consistency;

/// <summary>What <see cref="RepublicationCheck"/> found: old content shown under a later publish date.</summary>
/// <param name="Span">Where the text shows the publish date ("Posted on: 04/03/2025"), else the latest date it names.</param>
/// <param name="OriginalDate">The date of the original report when the text gives it (a dateline: "DORVAN, Oct. 17 (Meridian) —"); relative dates belong to that day.</param>
/// <param name="LatestEvent">The last day of the latest period the article names.</param>
/// <param name="Message">What was found, for people.</param>
public sealed record Republication(TextSpan Span, DateOnly? OriginalDate, DateOnly LatestEvent, string Message);
