using System.Collections.Frozen;
using NewsTrace.Text;

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

    private static readonly WordSet ChromeWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "nav", "navbar", "navigation", "menu", "footer", "sidebar", "cookie", "cookies", "banner", "share", "sharing",
        "social", "subscribe", "subscription", "newsletter", "related", "advert", "advertisement", "advertising", "ad", "ads",
        "promo", "promotion", "breadcrumb", "breadcrumbs", "popup", "modal", "paywall", "masthead", "adsbygoogle", "adslot");

    private static readonly WordSet ContentWords = FrozenSet.Create(
        StringComparer.Ordinal, "content", "body", "article", "post", "entry", "story", "text");

    private static readonly WordSet CommentWords = FrozenSet.Create(
        StringComparer.Ordinal, "comment", "comments", "commentlist", "disqus");

    private static readonly WordSet CommentItemExclusions = FrozenSet.Create(
        StringComparer.Ordinal,
        "meta", "metadata", "author", "reply", "respond", "form", "date", "time", "avatar", "count", "header", "footer",
        "actions", "title", "link", "links", "vcard", "nav", "navigation", "pagination", "policy", "notes", "closed", "button",
        "comments");

    private static readonly WordSet BylineExclusions = FrozenSet.Create(
        StringComparer.Ordinal, "bio", "avatar", "image", "img", "photo", "box", "description", "social");

    private static readonly WordSet DateWords = FrozenSet.Create(
        StringComparer.Ordinal, "date", "pubdate", "published", "publish", "timestamp", "dateline", "posted", "postdate");

    // Every listed word with all the flags it sets, so each word of a class list costs one lookup: pages carry
    // hundreds of elements with long utility class lists, and this lookup is the hot loop of role classification.
    private static readonly FrozenDictionary<string, ClassNameWords>.AlternateLookup<ReadOnlySpan<char>> Flags = BuildFlags()
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, ClassNameWords> BuildFlags()
    {
        var flags = new Dictionary<string, ClassNameWords>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, ClassNameWords flag)
        {
            foreach (var word in words)
            {
                flags[word] = flags.GetValueOrDefault(word) | flag;
            }
        }

        Add(ChromeWords, ClassNameWords.Chrome);
        Add(ContentWords, ClassNameWords.Content);
        Add(CommentWords, ClassNameWords.Comment);
        Add(CommentWords.Where(word => word != "comment"), ClassNameWords.CommentsSection);
        Add(["comment"], ClassNameWords.CommentSingular);
        Add(CommentItemExclusions, ClassNameWords.CommentExcluded);
        Add(["list"], ClassNameWords.List);
        Add(["byline"], ClassNameWords.Byline);
        Add(["author", "authors"], ClassNameWords.Author);
        Add(BylineExclusions, ClassNameWords.BylineExcluded);
        Add(DateWords, ClassNameWords.Date);
        Add(["skip"], ClassNameWords.Skip);
        return flags.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The roles that class and id values name (see <see cref="ElementRole"/>; Hidden and ArticleBody are not set here).</summary>
    public static ElementRole Classify(ReadOnlySpan<char> classes, ReadOnlySpan<char> id)
    {
        var words = ClassNameWords.None;
        AddWords(classes, ref words);
        AddWords(id, ref words);

        var role = ElementRole.None;
        if (Any(words, ClassNameWords.Chrome | ClassNameWords.Comment))
        {
            role |= ElementRole.Chrome;
        }

        if (Any(words, ClassNameWords.Content))
        {
            role |= ElementRole.ContentName;
        }

        if (Any(words, ClassNameWords.CommentsSection) || All(words, ClassNameWords.CommentSingular | ClassNameWords.List))
        {
            role |= ElementRole.CommentSection;
        }

        if (Any(words, ClassNameWords.Comment) && !Any(words, ClassNameWords.CommentExcluded))
        {
            role |= ElementRole.CommentItem;
        }

        if (Any(words, ClassNameWords.Byline) || (Any(words, ClassNameWords.Author) && !Any(words, ClassNameWords.BylineExcluded)))
        {
            role |= ElementRole.Byline;
        }

        if (Any(words, ClassNameWords.Skip))
        {
            role |= ElementRole.SkipName;
        }

        if (Any(words, ClassNameWords.Date))
        {
            role |= ElementRole.DateLine;
        }

        return role;
    }

    private static bool Any(ClassNameWords words, ClassNameWords flags) => (words & flags) != 0;

    private static bool All(ClassNameWords words, ClassNameWords flags) => (words & flags) == flags;

    private static void AddWords(ReadOnlySpan<char> value, ref ClassNameWords words)
    {
        // Lower-casing into a small buffer and looking up ordinally is several times faster than a case-insensitive lookup.
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
                if (word.Length <= LongestListedWord && Flags.TryGetValue(lower[..word.ToLowerInvariant(lower)], out var flags))
                {
                    words |= flags;
                }

                start = -1;
            }

            if (isWordChar && start < 0)
            {
                start = i;
            }
        }
    }
}
