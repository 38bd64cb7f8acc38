namespace NewsTrace.Time;

/// <summary>Units of durations and of relative dates ("three hours", "a month ago", "next week").</summary>
public enum TimeUnit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}
