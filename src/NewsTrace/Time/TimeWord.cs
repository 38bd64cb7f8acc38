namespace NewsTrace.Time;

/// <summary>What the lexicon knows about one word: its roles and the values each role carries.</summary>
/// <param name="Kinds">Every role the word can play.</param>
/// <param name="Month">1-12 for month names.</param>
/// <param name="Weekday">1-7 (Monday = 1, ISO) for weekday names.</param>
/// <param name="Number">The value of a number word ("two" = 2, "a" = 1).</param>
/// <param name="Unit">The unit of a unit word ("days" = <see cref="TimeUnit.Day"/>).</param>
/// <param name="Code">The TIMEX3 code of a season ("SP") or part of day ("MO").</param>
/// <param name="Shift">-1 for last/previous, +1 for next/following, 0 for this; the day offset of yesterday/today/tomorrow.</param>
public readonly record struct TimeWord(TimeWordKinds Kinds, int Month = 0, int Weekday = 0, int Number = 0, TimeUnit Unit = TimeUnit.None, string? Code = null, int Shift = 0)
{
    public bool Is(TimeWordKinds kind) => (Kinds & kind) != 0;
}
