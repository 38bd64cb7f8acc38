using NewsTrace.Documents;

namespace NewsTrace.Time;

/// <summary>A date in the text that cannot be right: a day its month does not have, or a weekday that does not match its date.</summary>
/// <param name="Span">The date expression in the text.</param>
/// <param name="Kind"><see cref="ImpossibleDate"/> or <see cref="WeekdayMismatch"/>.</param>
/// <param name="Message">What is wrong, for people ("October has no day 47").</param>
public sealed record DateAnomaly(TextSpan Span, string Kind, string Message)
{
    public const string ImpossibleDate = "impossible-date";

    public const string WeekdayMismatch = "weekday-mismatch";
}
