namespace NewsTrace.Reuse.Discrepancies;

/// <summary>A fact that a copy states differently from its source.</summary>
/// <param name="Field">What kind of fact.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Original">The source's side (the earlier text, when provenance knows the direction).</param>
/// <param name="Changed">The copy's side.</param>
/// <param name="Explanation">What changed, for people ("'Wednesday' (2024-10-16) became 'Tuesday' (2024-10-15)").</param>
public sealed record Discrepancy(
    DiscrepancyField Field,
    DiscrepancySeverity Severity,
    DiscrepancySide Original,
    DiscrepancySide Changed,
    string Explanation);
