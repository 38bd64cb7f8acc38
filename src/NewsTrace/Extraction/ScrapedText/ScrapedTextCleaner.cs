using System.Text;
using System.Text.RegularExpressions;

namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// Cleans text scraped from a web page: keeps the article (headline, byline, dense body) and drops the site chrome
/// around it, moves readers' comments out, and reads title, authors, date and credits from the lines.
/// <para>
/// Each line is classified on its own (<see cref="LineClassifier"/>), the body is the densest run of prose
/// (<see cref="MainRun"/>), and position decides the rest: above the headline and below the body only prose survives;
/// between headline and body everything but chrome; inside the body only lines that are certainly chrome go ("ALSO
/// READ: …", "Advertisement"). Tuned for recall: a stray line of chrome is better than a lost paragraph.
/// </para>
/// The cleaner only removes lines: every line of its text is a line of the (tidied) input. Stateless and thread-safe.
/// </summary>
public static partial class ScrapedTextCleaner
{
    public static ScrapedPage Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = PlainTextExtractor.Tidy(text).Split('\n').Select(line => line.Trim()).ToArray();
        var verdicts = lines.Select(line => LineClassifier.Classify(line)).ToArray();
        MarkLinkLists(verdicts);

        var commentStart = CommentSectionFinder.FindHeading(verdicts, lines);
        var limit = commentStart >= 0 ? commentStart : lines.Length;
        var run = MainRun.Find(verdicts, limit);
        if (commentStart < 0 && CommentSectionFinder.FindClosingPitch(verdicts, lines, run) is var pitch and >= 0)
        {
            commentStart = pitch;
            limit = pitch;
            run = MainRun.Find(verdicts, limit);
        }

        run = ExtendOverIntroducedList(lines, verdicts, run, limit);
        MarkClosingCredit(lines, verdicts, run, limit);
        var headline = HeadlineFinder.Find(lines, verdicts, run.Start);
        var kinds = verdicts.Select(verdict => verdict.Kind).ToArray();
        var kept = new bool[lines.Length];
        for (var i = 0; i < limit; i++)
        {
            kept[i] = Keep(verdicts[i], i, headline, run);
        }

        if (headline >= 0)
        {
            kinds[headline] = ScrapedLineKind.Headline;
        }

        for (var i = commentStart + 1; commentStart >= 0 && i < lines.Length; i++)
        {
            kinds[i] = verdicts[i].Kind == ScrapedLineKind.Blank ? ScrapedLineKind.Blank : ScrapedLineKind.Comment;
        }

        var bodyStart = run.Start;
        return new ScrapedPage(
            Assemble(lines, kept),
            headline >= 0 ? lines[headline] : null,
            ScrapedMetadataReader.FindAuthors(verdicts, bodyStart, run.End, limit),
            ScrapedMetadataReader.FindPublished(verdicts, headline, bodyStart),
            ScrapedMetadataReader.FindCredits(lines, verdicts, bodyStart, limit),
            commentStart >= 0 ? CommentSplitter.Split(lines, verdicts, commentStart + 1, lines.Length) : [],
            [.. lines.Select((line, i) => new ScrapedLine(line, kinds[i], kept[i]))]);
    }

    private static bool Keep(LineVerdict verdict, int index, int headline, (int Start, int End) run)
    {
        if (index == headline)
        {
            return true;
        }

        if (verdict.Kind is ScrapedLineKind.Blank or ScrapedLineKind.Credit or ScrapedLineKind.Chrome or ScrapedLineKind.ListHeading
            or ScrapedLineKind.CommentStart)
        {
            return false;
        }

        var topEnd = headline >= 0 ? headline : run.Start;
        if (run.Start < 0 || index < topEnd || index > run.End)
        {
            // Above the headline and below the body chrome lives: only prose of the article's own voice stays.
            var sentence = index > run.End && run.Start >= 0 ? verdict.Shape.IsSentenceLike : verdict.Shape.IsProse && verdict.Shape.EndsLikeSentence;
            return verdict.Kind == ScrapedLineKind.Content && (sentence || verdict.Shape.IsParagraphWithoutStop) && !verdict.WeakChrome;
        }

        // Between headline and body (byline, date, standfirst, caption) and inside the body: all but chrome. A short
        // "Newsletter sign-up" line counts as chrome only outside the body, where nothing vouches for it.
        return index >= run.Start || !verdict.WeakChrome;
    }

    // The lines under "Most Popular" or "Related stories", up to the next sentence, are the list's links.
    private static void MarkLinkLists(LineVerdict[] verdicts)
    {
        for (var i = 0; i < verdicts.Length; i++)
        {
            if (verdicts[i].Kind != ScrapedLineKind.ListHeading)
            {
                continue;
            }

            for (var j = i + 1; j < verdicts.Length; j++)
            {
                var next = verdicts[j];
                if (next.Kind == ScrapedLineKind.Blank)
                {
                    continue;
                }

                if (next.Kind != ScrapedLineKind.Content || next.Shape.IsSentenceLike || next.Shape.IsProse)
                {
                    break;
                }

                verdicts[j] = next with { Kind = ScrapedLineKind.Chrome };
            }
        }
    }

    // An article may end with a list it introduces ("The plan has three parts:" then "- …" items). Items are not
    // sentences, so the run stops before them; the colon vouches for them.
    private static (int Start, int End) ExtendOverIntroducedList(string[] lines, LineVerdict[] verdicts, (int Start, int End) run, int limit)
    {
        var intro = NextNonBlank(verdicts, run.End + 1, limit);
        if (run.Start < 0 || intro < 0 || verdicts[intro].Kind != ScrapedLineKind.Content || !lines[intro].EndsWith(':'))
        {
            return run;
        }

        var last = -1;
        for (var i = NextNonBlank(verdicts, intro + 1, limit); i >= 0 && verdicts[i].Kind == ScrapedLineKind.Content && IsListItem(lines[i]); i = NextNonBlank(verdicts, i + 1, limit))
        {
            last = i;
        }

        return last > 0 ? (run.Start, last) : run;
    }

    private static int NextNonBlank(LineVerdict[] verdicts, int from, int limit)
    {
        for (var i = Math.Max(from, 0); i < limit; i++)
        {
            if (verdicts[i].Kind != ScrapedLineKind.Blank)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsListItem(string line) => ListItem().IsMatch(line);

    // "— Meridian" or "(Meridian)" right after the last paragraph credits an agency NewsTrace does not know by name.
    private static void MarkClosingCredit(string[] lines, LineVerdict[] verdicts, (int Start, int End) run, int limit)
    {
        if (run.Start < 0)
        {
            return;
        }

        for (var i = run.End + 1; i < limit; i++)
        {
            if (verdicts[i].Kind == ScrapedLineKind.Blank)
            {
                continue;
            }

            var closing = LineClassifier.Classify(lines[i], closesArticle: true);
            if (closing.Kind == ScrapedLineKind.Credit)
            {
                verdicts[i] = closing;
            }

            return;
        }
    }

    private static string Assemble(string[] lines, bool[] kept)
    {
        var builder = new StringBuilder();
        var gap = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!kept[i])
            {
                gap |= lines[i].Length == 0;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(gap ? "\n\n" : "\n");
            }

            builder.Append(lines[i]);
            gap = false;
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?:[-•*–·]\s|\d{1,3}[.)]\s)\S", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();
}
