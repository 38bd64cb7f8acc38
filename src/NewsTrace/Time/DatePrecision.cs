namespace NewsTrace.Time;

/// <summary>How precisely a date value is known: "2023-09-13", "2023-09" or "2023".</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
