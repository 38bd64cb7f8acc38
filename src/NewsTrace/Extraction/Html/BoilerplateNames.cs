using System.Collections.Frozen;

namespace NewsTrace.Extraction.Html;

/// <summary>
/// Reads class and id values for the words sites use to mark chrome ("site-footer", "relatedPosts",
/// "share-buttons"), content, bylines and comment sections. Values are split into words (at non-alphanumerics and
/// camelCase humps), so "nav" matches "main-nav" but not "canvas", and "ad" matches "ad-slot" but not "header".
/// Works on spans of the page without allocating.
/// </summary>
public static class BoilerplateNames
{
    // Words longer than this match nothing in the lists below, so they are not looked up.
    private const int LongestListedWord = 16;

    private static readonly FrozenSet<string> ChromeWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "nav", "navbar", "navigation", "menu", "footer", "sidebar", "cookie", "cookies", "banner", "share", "sharing",
        "social", "subscribe", "subscription", "newsletter", "related", "advert", "advertisement", "advertising", "ad", "ads",
        "promo", "promotion", "breadcrumb", "breadcrumbs", "popup", "modal", "paywall", "masthead", "adsbygoogle", "adslot");

    private static readonly FrozenSet<string> ContentWords = FrozenSet.Create(
        StringComparer.Ordinal, "content", "body", "article", "post", "entry", "story", "text");

    private static readonly FrozenSet<string> CommentWords = FrozenSet.Create(
        StringComparer.Ordinal, "comment", "comments", "commentlist", "disqus");

    private static readonly FrozenSet<string> CommentItemExclusions = FrozenSet.Create(
        StringComparer.Ordinal,
        "meta", "metadata", "author", "reply", "respond", "form", "date", "time", "avatar", "count", "header", "footer",
        "actions", "title", "link", "links", "vcard", "nav", "navigation", "pagination", "policy", "notes", "closed", "button",
        "comments");

    private static readonly FrozenSet<string> BylineExclusions = FrozenSet.Create(
        StringComparer.Ordinal, "bio", "avatar", "image", "img", "photo", "box", "description", "social");

    private static readonly FrozenSet<string> DateWords = FrozenSet.Create(
        StringComparer.Ordinal, "date", "pubdate", "published", "publish", "timestamp", "dateline", "posted", "postdate");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Chrome = ChromeWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Content = ContentWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Comment = CommentWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommentExclusion = CommentItemExclusions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BylineExclusion = BylineExclusions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Date = DateWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The roles that class and id values name (see <see cref="ElementRole"/>; Hidden and ArticleBody are not set here).</summary>
    public static ElementRole Classify(ReadOnlySpan<char> classes, ReadOnlySpan<char> id)
    {
        var words = default(ClassNameWords);
        AddWords(classes, ref words);
        AddWords(id, ref words);

        var role = ElementRole.None;
        if (words.Chrome || words.Comment)
        {
            role |= ElementRole.Chrome;
        }

        if (words.Content)
        {
            role |= ElementRole.ContentName;
        }

        if (words.CommentsSection || (words.CommentSingular && words.List))
        {
            role |= ElementRole.CommentSection;
        }

        if (words.Comment && !words.CommentExcluded)
        {
            role |= ElementRole.CommentItem;
        }

        if (words.Byline || (words.Author && !words.BylineExcluded))
        {
            role |= ElementRole.Byline;
        }

        if (words.Skip)
        {
            role |= ElementRole.SkipName;
        }

        if (words.Date)
        {
            role |= ElementRole.DateLine;
        }

        return role;
    }

    private static void AddWords(ReadOnlySpan<char> value, ref ClassNameWords words)
    {
        Span<char> lower = stackalloc char[LongestListedWord];
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var isWordChar = char.IsAsciiLetterOrDigit(c);
            var camelHump = isWordChar && start >= 0 && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(value[i - 1]);
            if (start >= 0 && (!isWordChar || camelHump))
            {
                var word = value[start..i];
                if (word.Length <= LongestListedWord)
                {
                    var length = word.ToLowerInvariant(lower);
                    AddWord(lower[..length], ref words);
                }

                start = -1;
            }

            if (isWordChar && start < 0)
            {
                start = i;
            }
        }
    }

    private static void AddWord(ReadOnlySpan<char> word, ref ClassNameWords words)
    {
        words.Chrome |= Chrome.Contains(word);
        words.Content |= Content.Contains(word);
        var isComment = Comment.Contains(word);
        words.Comment |= isComment;
        words.CommentSingular |= word.SequenceEqual("comment");
        words.CommentsSection |= isComment && !word.SequenceEqual("comment");
        words.CommentExcluded |= CommentExclusion.Contains(word);
        words.List |= word.SequenceEqual("list");
        words.Byline |= word.SequenceEqual("byline");
        words.Author |= word.SequenceEqual("author") || word.SequenceEqual("authors");
        words.BylineExcluded |= BylineExclusion.Contains(word);
        words.Date |= Date.Contains(word);
        words.Skip |= word.SequenceEqual("skip");
    }
}
