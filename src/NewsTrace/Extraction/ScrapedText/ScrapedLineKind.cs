namespace NewsTrace.Extraction.ScrapedText;

/// <summary>What one line of text scraped from a page is, as <see cref="ScrapedTextCleaner"/> judges it.</summary>
public enum ScrapedLineKind
{
    /// <summary>An empty line: a paragraph break.</summary>
    Blank,

    /// <summary>Article text, or a line nothing marks as anything else.</summary>
    Content,

    /// <summary>Site chrome: menus, link lists, share and subscribe pitches, cookie and legal boilerplate, labels.</summary>
    Chrome,

    /// <summary>A heading that introduces a link list ("Most Popular", "Related stories"); the list under it is chrome too.</summary>
    ListHeading,

    /// <summary>The article's headline.</summary>
    Headline,

    /// <summary>A byline ("By Jane Doe") or an author box line at the bottom.</summary>
    Byline,

    /// <summary>A line that is essentially a date ("Published 30 May 2024, 09:30").</summary>
    DateLine,

    /// <summary>A stand-alone agency credit ("SOURCE: AP", "(Reuters)"); removed from the text, kept as a credit.</summary>
    Credit,

    /// <summary>The first line of the reader-comment section.</summary>
    CommentStart,

    /// <summary>A line of the reader-comment section.</summary>
    Comment,
}
