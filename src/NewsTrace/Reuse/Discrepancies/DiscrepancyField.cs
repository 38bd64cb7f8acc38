namespace NewsTrace.Reuse.Discrepancies;

/// <summary>What kind of fact two versions of a passage disagree on.</summary>
public enum DiscrepancyField
{
    /// <summary>A person's or organisation's name replaced by another.</summary>
    Name = 0,

    /// <summary>A place replaced by another ("Dorvan" → "Tevania").</summary>
    Place = 1,

    /// <summary>A quantity changed ("5,000" → "500", "three hours" → "two hours").</summary>
    Number = 2,

    /// <summary>A date, weekday or year that resolves to another day; also a copy republished under a new publish date.</summary>
    Date = 3,

    /// <summary>Words inside a quotation changed while the rest of the quotation was kept.</summary>
    Quote = 4,
}
