using System.Collections.Frozen;
using System.Text;
using NewsTrace.Text;

namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// A small, multilingual-ish lexicon of what site chrome says: whole-line labels ("Advertisement", "Skip to main
/// content"), label prefixes ("ALSO READ:"), reader-addressed pitches ("subscribe to our newsletter"), legal and cookie
/// boilerplate, and the headings of link lists. Matching is on a folded form: lower case, straight apostrophes, single spaces.
/// </summary>
public static class BoilerplateCues
{
    private const int WeakCueMaximumWords = 6;
    private const int LegalCueMaximumWords = 30;
    private const int LinkCueMaximumWords = 12;

    // Lines that are nothing but one of these (ignoring counts and punctuation) are chrome wherever they stand.
    private static readonly WordSet Labels = FrozenSet.Create(
        StringComparer.Ordinal,
        "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content", "paid content", "promoted",
        "story continues below advertisement", "article continues below advertisement", "continue reading", "continue reading below",
        "skip to main content", "skip to content", "skip to navigation", "skip navigation", "jump to content", "menu", "main menu",
        "search", "close", "open", "toggle navigation", "navigation", "home", "back to top", "top", "print", "email", "e-mail", "share",
        "share this", "share this article", "share this story", "share on facebook", "share on twitter", "tweet", "facebook", "twitter",
        "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "copy link", "link copied", "sign in", "sign up", "log in", "login",
        "log out", "register", "subscribe", "subscribe now", "newsletter", "newsletters", "sign in subscribe", "read more", "read more »",
        "load more", "show more", "see more", "view more", "more", "next", "previous", "next article", "previous article", "tags",
        "topics", "listen", "listen to this article", "save", "bookmark", "follow", "follow us", "hours ago", "just now", "updated",
        "photo", "video", "watch", "gallery", "accept", "accept all", "reject all", "manage cookies", "cookie settings", "got it",
        "ok", "reply", "report", "like", "cancel reply", "post comment", "submit", "name", "name *", "email *", "website",
        "реклама", "поделиться", "подписаться", "werbung", "anzeige", "teilen", "publicité", "partager", "publicidad", "compartir");

    // A line that starts with one of these followed by ":" (or "-", "»") is a label with links after it.
    private static readonly string[] LabelPrefixes =
    [
        "also read", "read also", "read more", "see also", "related", "more", "tags", "topics", "filed under", "recommended",
        "you may also like", "you might also like", "trending", "more from", "more on", "don't miss", "must read", "top stories",
        "follow us", "share", "share this article", "share this story", "photo gallery", "watch", "also watch", "sponsored",
        "читайте также", "смотрите также", "lesen sie auch", "mehr zum thema", "lire aussi", "à lire aussi", "lee también", "leer más",
    ];

    // Headings of link lists: what follows them, up to the next prose, is a list of links.
    private static readonly WordSet ListHeadings = FrozenSet.Create(
        StringComparer.Ordinal,
        "most popular", "most read", "most viewed", "most shared", "most commented", "popular", "popular now", "popular posts",
        "trending", "trending now", "trending stories", "related", "related articles", "related stories", "related posts",
        "related news", "related content", "related topics", "read more", "read next", "more stories", "more news", "more articles",
        "recommended", "recommended for you", "recommended stories", "you may also like", "you might also like", "don't miss",
        "latest", "latest news", "latest stories", "latest posts", "top stories", "editor's picks", "editors' picks", "also read",
        "see also", "recent posts", "more on this story", "in other news", "what to read next", "more in this section",
        "популярное", "читайте также", "главное", "meistgelesen", "lesen sie auch", "les plus lus", "à lire aussi", "lo más leído");

    // Reader-addressed pitches and boilerplate: chrome at any length, because article prose does not talk like this.
    private static readonly string[] StrongCues =
    [
        "subscribe to our", "subscribe to the", "subscribe for free", "sign up for our", "sign up to our", "sign up to receive",
        "sign up for the", "our newsletter", "our daily newsletter", "get our newsletter", "newsletter sign", "consider subscribing",
        "paid subscription", "become a subscriber", "become a member", "become a patron", "support our journalism",
        "support independent journalism", "support our work", "support my work", "like what you've been reading",
        "if you enjoyed this", "if you liked this", "if you found this useful", "thanks for reading", "thank you for reading",
        "share this article", "share this story", "share this post", "share on facebook", "share on twitter", "follow us on",
        "follow us at", "join us on", "join our telegram", "join our whatsapp", "download our app", "get the app",
        "all rights reserved", "all right reserved", "we use cookies", "uses cookies", "use of cookies", "accept cookies",
        "accept all cookies", "cookie policy", "cookie settings", "by continuing to use", "by continuing to browse",
        "not responsible for the accuracy", "this website provides news content", "views expressed", "email the author",
        "e-mail the author", "view all posts by", "click here to", "tap here to", "skip to main content", "skip to content",
        "your email address will not be published", "required fields are marked", "save my name, email",
        "notify me of follow-up comments", "notify me of new posts", "you must be logged in", "log in to comment",
        "sign in to comment", "story continues below", "article continues below", "min read", "minute read",
        "подпишитесь на", "все права защищены", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
        "abonnieren sie", "abonnez-vous", "suscríbete",
    ];

    // Legal and site-navigation words: chrome in short lines (link lists), article text in long ones.
    private static readonly string[] LinkCues =
    [
        "privacy policy", "privacy notice", "terms of use", "terms of service", "terms and conditions", "terms & conditions",
        "contact us", "about us", "advertise with us", "site map", "sitemap", "accessibility", "copyright",
    ];

    // Words that make a short, non-sentence line chrome ("Subscribe", "Newsletter sign-up", "Related content").
    private static readonly WordSet WeakCueWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "subscribe", "subscribers", "newsletter", "newsletters", "share", "follow", "cookie", "cookies", "copyright",
        "advertisement", "advertising", "sponsored", "login", "facebook", "twitter", "whatsapp", "telegram", "linkedin",
        "instagram", "youtube", "pinterest", "reddit", "rss", "disclaimer");

    // End-of-post pitches: after one of these, a blog's page goes on with readers' comments.
    private static readonly string[] ClosingPitchCues =
    [
        "like what you've been reading", "if you enjoyed this", "if you liked this", "if you found this useful",
        "if you appreciate", "consider subscribing", "consider becoming", "consider a paid subscription",
        "consider supporting", "monthly/yearly pledge", "make a pledge", "buy me a coffee",
    ];

    /// <summary>Lower case, straight apostrophes and quotes, single spaces, no surrounding punctuation.</summary>
    public static string Fold(string line)
    {
        var builder = new StringBuilder(line.Length);
        var space = false;
        foreach (var raw in line)
        {
            var c = raw switch
            {
                '’' or '‘' or '`' or '´' => '\'',
                '\u00A0' or '\t' => ' ',
                _ => char.ToLowerInvariant(raw),
            };
            if (c == ' ')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString().Trim(' ', '.', ':', '!', '|', '•', '·', '-', '–', '—', '»', '›', '>', '*', '#');
    }

    /// <summary>The whole line is a label such as "Advertisement", "Share", "Skip to main content" (counts ignored: "Comments (3)").</summary>
    public static bool IsLabel(string folded) => Labels.Contains(WithoutCount(folded));

    /// <summary>"ALSO READ: …", "Related: …", "Tags: …".</summary>
    public static bool HasLabelPrefix(string folded)
    {
        foreach (var prefix in LabelPrefixes)
        {
            if (folded.Length <= prefix.Length || !folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = folded.AsSpan(prefix.Length).TrimStart(' ');
            if (rest.Length > 0 && rest[0] is ':' or '»' or '›' or '|' or '–' or '—' or '-')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A heading of a link list: "Most Popular", "Related stories", "Read next".</summary>
    public static bool IsListHeading(string folded) => ListHeadings.Contains(WithoutCount(folded));

    /// <summary>A pitch or boilerplate phrase that article prose does not contain.</summary>
    public static bool HasStrongCue(string folded, LineShape shape)
        => ContainsAny(folded, StrongCues) || folded.StartsWith('©') || folded.StartsWith("(c) ", StringComparison.Ordinal)
            || (shape.Words <= LegalCueMaximumWords && folded.Contains('©', StringComparison.Ordinal))
            || (shape.Words <= LinkCueMaximumWords && ContainsAny(folded, LinkCues));

    /// <summary>A short line that is not a sentence and names a chrome feature ("Newsletter sign-up"); a hint, not proof.</summary>
    public static bool HasWeakCue(string folded, LineShape shape)
    {
        if (shape.Words > WeakCueMaximumWords || shape.IsSentenceLike)
        {
            return false;
        }

        foreach (var word in folded.Split([' ', '-', '/', ':', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (WeakCueWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An end-of-post pitch ("Like what you've been reading? … consider subscribing").</summary>
    public static bool IsClosingPitch(string folded) => ContainsAny(folded, ClosingPitchCues);

    private static bool ContainsAny(string folded, string[] cues)
    {
        foreach (var cue in cues)
        {
            if (folded.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "comments (3)" → "comments", "12 comments" → "comments".
    private static string WithoutCount(string folded)
    {
        var text = folded;
        var open = text.LastIndexOf('(');
        if (open > 0 && text.EndsWith(')') && text.AsSpan(open + 1, text.Length - open - 2).Trim().ToString().All(char.IsDigit))
        {
            text = text[..open].TrimEnd();
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && text.AsSpan(0, space).ToString().All(char.IsDigit))
        {
            text = text[(space + 1)..];
        }

        return text;
    }
}
