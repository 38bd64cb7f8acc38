namespace NewsTrace.Time;

/// <summary>One recognised expression before it is written out: tokens [Start, End), its type and value, and the day it names, if one.</summary>
internal readonly record struct TimexMatch(int Start, int End, string Type, string? Value, DateOnly? Day = null, string? Problem = null, string? ProblemKind = null)
{
    public const string Date = "DATE";
    public const string Time = "TIME";
    public const string Duration = "DURATION";
    public const string Set = "SET";

    public TimexMatch From(int start) => this with { Start = start };
}
