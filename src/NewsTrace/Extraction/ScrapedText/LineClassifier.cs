using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// Classifies one line of scraped text by what it says and how it looks: blank, a stand-alone credit, a comment-section
/// heading, a link-list heading, chrome (labels, pitches, legal text, glued or separated menus, share bars), a date line,
/// a byline, or content. Position is judged later by <see cref="ScrapedTextCleaner"/>.
/// </summary>
public static class LineClassifier
{
    private const int MenuMinimumSegments = 3;
    private const int MenuSegmentMaximumWords = 5;
    private const int GluedMenuMinimumJoins = 2;

    private static readonly string[] MenuSeparators = ["|", "·", "•", "»", "›", " > ", " / "];

    private static readonly WordSet ShareTargets = FrozenSet.Create(
        StringComparer.Ordinal,
        "facebook", "twitter", "x", "email", "e-mail", "mail", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "print",
        "copy", "link", "share", "tweet", "flipboard", "messenger", "sms", "vk", "ok", "viber", "bluesky", "threads", "instagram", "youtube", "tiktok", "rss");

    /// <param name="line">The line, trimmed.</param>
    /// <param name="closesArticle">The line is the last of the article body, where a bare "— Name" is a credit.</param>
    public static LineVerdict Classify(string line, bool closesArticle = false)
    {
        var shape = LineShape.Of(line);
        if (line.Length == 0)
        {
            return new LineVerdict(ScrapedLineKind.Blank, shape);
        }

        if (!line.Any(char.IsLetterOrDigit))
        {
            // "* * *", "———": separators carry no text.
            return new LineVerdict(ScrapedLineKind.Chrome, shape);
        }

        if (CreditLines.TryReadStandalone(line, closesArticle, out var credits))
        {
            return new LineVerdict(ScrapedLineKind.Credit, shape, Credits: credits);
        }

        var folded = BoilerplateCues.Fold(line);
        if (CommentLines.IsSectionHeading(folded) || (CommentLines.IsSaysLine(line, out var inline) && inline.Length == 0))
        {
            return new LineVerdict(ScrapedLineKind.CommentStart, shape);
        }

        if (BoilerplateCues.IsListHeading(folded))
        {
            return new LineVerdict(ScrapedLineKind.ListHeading, shape);
        }

        if (IsChrome(line, folded, shape))
        {
            return new LineVerdict(ScrapedLineKind.Chrome, shape);
        }

        if (DateLines.TryRead(line, out var date, out var label))
        {
            return new LineVerdict(ScrapedLineKind.DateLine, shape, Date: date, DateLabel: label);
        }

        if (Bylines.TryRead(line, out var byline))
        {
            return new LineVerdict(ScrapedLineKind.Byline, shape, Byline: byline, Date: byline.Date, Credits: byline.Credits);
        }

        if (Bylines.ReadBio(line) is { } bioName)
        {
            return new LineVerdict(ScrapedLineKind.Byline, shape, Byline: new Byline([bioName], null, []));
        }

        if (IsMenu(line, shape))
        {
            return new LineVerdict(ScrapedLineKind.Chrome, shape);
        }

        return new LineVerdict(ScrapedLineKind.Content, shape, WeakChrome: BoilerplateCues.HasWeakCue(folded, shape));
    }

    private static bool IsChrome(string line, string folded, LineShape shape)
    {
        if (BoilerplateCues.IsLabel(folded) || BoilerplateCues.HasLabelPrefix(folded) || BoilerplateCues.HasStrongCue(folded, shape)
            || CommentLines.IsTimeAgo(line))
        {
            return true;
        }

        // "HomeLatest NewsWorldBusiness": menu items whose spaces the scraper lost. Names like "McDonald" glue once.
        if (shape.GluedJoins >= GluedMenuMinimumJoins && (!shape.EndsLikeSentence || shape.IsTruncated))
        {
            return true;
        }

        return IsShareBar(folded) || AreAllLabels(line);
    }

    // "Politics | World | Business | Opinion", "Home > News > World": several short segments, none a sentence.
    private static bool IsMenu(string line, LineShape shape)
    {
        if (shape.IsSentenceLike)
        {
            return false;
        }

        var segments = line.Split(MenuSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= MenuMinimumSegments && segments.All(segment => LineShape.Of(segment).Words <= MenuSegmentMaximumWords);
    }

    // "Facebook  X  Email", "Share: Twitter WhatsApp".
    private static bool IsShareBar(string folded)
    {
        var words = folded.Split([' ', ':', '|', ',', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(ShareTargets.Contains);
    }

    // "Sign in    Subscribe": labels that the scraper put on one line, separated by runs of spaces.
    private static bool AreAllLabels(string line)
    {
        var segments = line.Split(["  ", "\t"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 2 && segments.All(segment => BoilerplateCues.IsLabel(BoilerplateCues.Fold(segment)));
    }
}
