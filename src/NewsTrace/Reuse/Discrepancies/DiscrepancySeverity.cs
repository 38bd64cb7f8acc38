namespace NewsTrace.Reuse.Discrepancies;

/// <summary>How much a discrepancy matters to a fact-checker.</summary>
public enum DiscrepancySeverity
{
    /// <summary>Cosmetic: the wording changed but not the fact (for example only function words inside a quote).</summary>
    Low = 0,

    /// <summary>A changed fact: a name, place, number, date or the words someone is quoted as saying.</summary>
    High = 1,
}
