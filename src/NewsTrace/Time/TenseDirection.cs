namespace NewsTrace.Time;

/// <summary>Which way a relative expression without its own direction ("on Wednesday", "in May") points from the document date.</summary>
public enum TenseDirection
{
    /// <summary>No cue: the nearest reading (for weekdays, the past week; for months and seasons, the document's year).</summary>
    None,

    Past,

    Future,
}
