namespace NewsTrace.Extraction.Html;

/// <summary>What an element's class, id and attributes say it is. Several can apply at once.</summary>
[Flags]
public enum ElementRole
{
    None = 0,

    /// <summary>Class or id names site chrome: navigation, footer, sidebar, sharing, ads, related links, comments.</summary>
    Chrome = 1,

    /// <summary>Class or id also names content ("sidebar-content", "post-body"), which makes a chrome word ambiguous.</summary>
    ContentName = 2,

    /// <summary>Holds reader comments ("comments", "comment-list", "disqus_thread").</summary>
    CommentSection = 4,

    /// <summary>One comment or its body, not its metadata or reply form.</summary>
    CommentItem = 8,

    /// <summary>A byline or author name element.</summary>
    Byline = 16,

    /// <summary>Hidden by the <c>hidden</c> attribute or an inline <c>display: none</c> / <c>visibility: hidden</c>.</summary>
    Hidden = 32,

    /// <summary>Marked itemprop="articleBody".</summary>
    ArticleBody = 64,

    /// <summary>Class or id names a date ("post-date", "timestamp", "published").</summary>
    DateLine = 128,

    /// <summary>Class or id contains "skip": on a link, a "Skip to content" link; on a block, often the content's own anchor.</summary>
    SkipName = 256,
}
