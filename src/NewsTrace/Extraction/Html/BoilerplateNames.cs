using System.Collections.Frozen;

namespace NewsTrace.Extraction.Html;

/// <summary>
/// Reads class and id attributes for the words sites use to mark chrome ("site-footer", "relatedPosts",
/// "share-buttons") and comment sections. Names are split into words, so "nav" matches "main-nav" but not "canvas",
/// and "ad" matches "ad-slot" but not "header".
/// </summary>
public static class BoilerplateNames
{
    private static readonly FrozenSet<string> ChromeWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "nav", "navbar", "navigation", "menu", "footer", "sidebar", "cookie", "cookies", "banner", "share", "sharing",
        "social", "subscribe", "subscription", "newsletter", "related", "advert", "advertisement", "advertising", "ad", "ads",
        "promo", "promotion", "breadcrumb", "breadcrumbs", "popup", "modal", "paywall", "masthead");

    private static readonly FrozenSet<string> CommentItemExclusions = FrozenSet.Create(
        StringComparer.Ordinal,
        "meta", "metadata", "author", "reply", "respond", "form", "date", "time", "avatar", "count", "header", "footer",
        "actions", "title", "link", "links", "vcard", "nav", "navigation", "pagination", "policy", "notes", "closed", "button");

    private static readonly FrozenSet<string> ContentWords = FrozenSet.Create(
        StringComparer.Ordinal, "content", "main", "body", "article", "post", "entry", "story", "text");

    /// <summary>Words that name the article itself ("sidebar-content", "main-nav-article"), which make a chrome word ambiguous.</summary>
    public static bool HasContentWord(List<string> words) => words.Exists(ContentWords.Contains);

    /// <summary>The lower-case words of class and id values: split on non-alphanumerics and at camelCase humps.</summary>
    public static List<string> Words(string? classes, string? id)
    {
        var words = new List<string>();
        AddWords(classes, words);
        AddWords(id, words);
        return words;
    }

    /// <summary>Navigation, footers, sidebars, sharing, ads and similar chrome; comment sections count too.</summary>
    public static bool IsChrome(List<string> words)
    {
        foreach (var word in words)
        {
            if (ChromeWords.Contains(word) || IsCommentWord(word) || word.StartsWith("advert", StringComparison.Ordinal)
                || word.StartsWith("adsby", StringComparison.Ordinal) || word.StartsWith("adslot", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An element that holds reader comments ("comments", "comment-list", "disqus_thread").</summary>
    public static bool IsCommentSection(List<string> words)
    {
        foreach (var word in words)
        {
            if (word is "comments" or "commentlist" or "disqus" || (word == "comment" && words.Contains("list")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One comment, or its body ("comment", "comment-content"), rather than its metadata or reply form.</summary>
    public static bool IsCommentItem(List<string> words)
    {
        var hasComment = false;
        foreach (var word in words)
        {
            if (CommentItemExclusions.Contains(word) || word == "comments")
            {
                return false;
            }

            hasComment |= IsCommentWord(word);
        }

        return hasComment;
    }

    private static bool IsCommentWord(string word) => word is "comment" or "comments" or "commentlist" or "disqus";

    private static void AddWords(string? value, List<string> words)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var isWordChar = char.IsAsciiLetterOrDigit(c);
            var camelHump = isWordChar && start >= 0 && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(value[i - 1]);
            if (start >= 0 && (!isWordChar || camelHump))
            {
                words.Add(value[start..i].ToLowerInvariant());
                start = -1;
            }

            if (isWordChar && start < 0)
            {
                start = i;
            }
        }
    }
}
