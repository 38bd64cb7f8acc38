namespace NewsTrace.Extraction.ScrapedText;

/// <summary>What a date line says its date is: a stated publish date beats an update time, which beats an unlabelled date.</summary>
public enum DateLineLabel
{
    /// <summary>No label: "Thursday, May 30, 2024" (may be a ticker's "today").</summary>
    None,

    /// <summary>"Updated …", "Last modified …".</summary>
    Updated,

    /// <summary>"Published …", "Posted …", "Date: …".</summary>
    Published,
}
