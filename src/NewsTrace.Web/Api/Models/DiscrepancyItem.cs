using NewsTrace.Reuse.Discrepancies;

namespace NewsTrace.Web.Api.Models;

/// <summary>A fact an article changed from its source: what it was, what it became, where, and why it matters.</summary>
public sealed record DiscrepancyItem(string Field, string Severity, string Explanation, DiscrepancySide Original, DiscrepancySide Changed)
{
    public static DiscrepancyItem From(Discrepancy discrepancy)
    {
        ArgumentNullException.ThrowIfNull(discrepancy);
        return new DiscrepancyItem(discrepancy.Field.ToString().ToLowerInvariant(), discrepancy.Severity.ToString().ToLowerInvariant(), discrepancy.Explanation, discrepancy.Original, discrepancy.Changed);
    }
}
