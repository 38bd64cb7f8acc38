namespace NewsTrace.Extraction.Html;

public enum HtmlNodeKind
{
    /// <summary>The synthetic root at index 0 that holds the whole page.</summary>
    Document,

    Element,

    /// <summary>Character data (including CDATA sections and the content of raw-text elements).</summary>
    Text,
}
