using System.Text.RegularExpressions;

namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// The lines of a reader-comment section: its heading ("Comments (3)", "12 comments", "Leave a reply", "Recent Comments",
/// "Join the discussion", "3 thoughts on “…”"), a commenter's header ("John Smith says: May 30, 2024 at 7:57 pm",
/// "mirela_b · 18 Oct 2024") and the buttons under a comment ("Reply", "Report").
/// </summary>
public static partial class CommentLines
{
    private const int MaximumHeaderLength = 90;
    private const int MaximumHeaderNameWords = 4;

    /// <summary>The heading that opens a comment section.</summary>
    public static bool IsSectionHeading(string folded) => SectionHeading().IsMatch(folded);

    /// <summary>"Name says:", perhaps with a date; <paramref name="inline"/> is a comment that follows on the line.</summary>
    public static bool IsSaysLine(string line, out string inline)
    {
        inline = "";
        var match = Says().Match(line);
        if (!match.Success || match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaximumHeaderNameWords)
        {
            return false;
        }

        var rest = match.Groups["rest"].Value.Trim();
        if (rest.Length > 0 && !(DateLines.TryRead(rest, out _, out _) || TimeAgo().IsMatch(rest)))
        {
            inline = rest;
        }

        return true;
    }

    /// <summary>A commenter's header: "says:" lines, "name · date", "name | 2 hours ago", a bare date or time-ago line.</summary>
    public static bool IsHeader(string line, out string inline)
    {
        inline = "";
        if (IsSaysLine(line, out inline))
        {
            return true;
        }

        if (line.Length > MaximumHeaderLength || LineShape.Of(line).IsProse)
        {
            return false;
        }

        return TimeAgo().IsMatch(line) || DateLines.TryRead(line, out _, out _) || IsNameAndDate(line);
    }

    /// <summary>A header that names a commenter: "Name says:" or "Farid K. · 18 Oct 2024" (a bare date is not enough).</summary>
    public static bool IsCommenterHeader(string line)
        => line.Length <= MaximumHeaderLength && (IsSaysLine(line, out _) || IsNameAndDate(line));

    // "Farid K. · 18 Oct 2024": a short name, then a date or a time-ago.
    private static bool IsNameAndDate(string line)
    {
        var separator = HeaderSeparator().Match(line);
        if (!separator.Success)
        {
            return false;
        }

        var name = line[..separator.Index].Trim();
        var after = line[(separator.Index + separator.Length)..];
        return name.Length > 0 && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaximumHeaderNameWords
            && (DateLines.TryFind(after, out _, out _) || TimeAgo().IsMatch(after.Trim()));
    }

    /// <summary>The buttons under a comment: "Reply", "Report", "Like", "Reply ↓".</summary>
    public static bool IsButtonRow(string folded) => Buttons().IsMatch(folded);

    /// <summary>"2 hours ago", "Hours ago", "just now", "5 min read".</summary>
    public static bool IsTimeAgo(string text) => TimeAgo().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:\d+\s+)?(?:(?:reader|readers'?|recent|latest|top|all|user|visitor)\s+)?(?:comments?|responses?|replies|reactions|kommentare|commentaires|comentarios|комментари\w*|отзывы)(?:\s*\(\d+\))?\s*:?$|^(?:join|start)\s+the\s+(?:discussion|conversation|debate)|^(?:leave|add|post|write|submit)\s+(?:a|your)\s+(?:comment|reply|response)|^(?:show|view|see|read|load)\s+(?:all\s+)?(?:\d+\s+)?comments|^comment\s+template$|^discussion(?:\s*\(\d+\))?$|^(?:log|sign)\s+in\s+to\s+(?:comment|reply)|^you\s+must\s+be\s+logged\s+in\s+to\s+post\s+a\s+comment|^\d+\s+(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)\s|^have\s+your\s+say$|^what\s+do\s+you\s+think\??$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^(?<name>[^\s:][^:]{0,50}?)\s+(?:says|said|wrote|writes|schreibt|dit|dice|пишет):\s*(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Says();

    [GeneratedRegex(@"\s+(?:[·•|—–-]|on)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderSeparator();

    [GeneratedRegex(@"^(?:(?:updated|posted|edited)\s+)?(?:(?:\d+|an?|one|a\s+few|few|several)\s+)?(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\.?$|^just\s+now$|^\d+\s*(?:min(?:ute)?s?)\s+read$|^yesterday$|^today$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex TimeAgo();

    [GeneratedRegex(@"^(?:(?:reply|report|like|likes|share|flag|permalink|edit|delete|upvote|downvote|quote|↓|↑|·|\||\d+)\s*)+$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Buttons();
}
