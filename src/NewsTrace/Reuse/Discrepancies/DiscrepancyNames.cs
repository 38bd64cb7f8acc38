namespace NewsTrace.Reuse.Discrepancies;

/// <summary>The names of discrepancy fields and severities in output: part of the JSON contract, never renamed.</summary>
public static class DiscrepancyNames
{
    public static string Name(this DiscrepancyField field) => field switch
    {
        DiscrepancyField.Name => "name",
        DiscrepancyField.Place => "place",
        DiscrepancyField.Number => "number",
        DiscrepancyField.Date => "date",
        DiscrepancyField.Quote => "quote",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown field."),
    };

    public static string Name(this DiscrepancySeverity severity) => severity switch
    {
        DiscrepancySeverity.Low => "low",
        DiscrepancySeverity.High => "high",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };
}
