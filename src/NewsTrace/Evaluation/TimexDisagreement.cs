namespace NewsTrace.Evaluation;

/// <summary>One difference between gold and system: a missed or spurious expression, or a match with the wrong value, type or extent.</summary>
/// <param name="Document">The document's name.</param>
/// <param name="Kind">"missed", "spurious", "value", "type", or "span" (overlapping, right type and value, other offsets).</param>
/// <param name="Text">The gold text (the system's for spurious ones).</param>
/// <param name="Gold">Gold type and value ("DATE 2024-10-16"), or null when spurious.</param>
/// <param name="System">System type and value, or null when missed.</param>
public sealed record TimexDisagreement(string Document, string Kind, string Text, string? Gold, string? System);
