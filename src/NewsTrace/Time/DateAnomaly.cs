using NewsTrace.Documents;

namespace NewsTrace.Time;

/// <summary>
/// A date in the text that cannot be right: a day its month does not have, a weekday that does not match its date, a date
/// after the publish date told as past, or a publish date long after everything the article dates (republished content).
/// </summary>
/// <param name="Span">The date expression in the text (for <see cref="Republished"/>: the publish date as the page shows it, when it does).</param>
/// <param name="Kind"><see cref="ImpossibleDate"/>, <see cref="WeekdayMismatch"/>, <see cref="PastTenseAfterPublish"/> or <see cref="Republished"/>.</param>
/// <param name="Message">What is wrong, for people ("October has no day 47").</param>
public sealed record DateAnomaly(TextSpan Span, string Kind, string Message)
{
    public const string ImpossibleDate = "impossible-date";

    public const string WeekdayMismatch = "weekday-mismatch";

    /// <summary>A written-out date after the publish date in a past-tense clause ("took place on 20 November", published 10 November).</summary>
    public const string PastTenseAfterPublish = "past-tense-after-publish";

    /// <summary>The publish date is long after every event the article dates: old content shown as new.</summary>
    public const string Republished = "republished";
}
