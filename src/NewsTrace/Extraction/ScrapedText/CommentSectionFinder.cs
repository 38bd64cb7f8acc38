namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// Where the readers' comments start. An explicit heading ("Comments (3)", "Leave a reply", a "John says:" line) counts
/// only after some article prose, so a "Comments" link in a toolbar above the article does not swallow it. Without a
/// heading, an end-of-post pitch ("Like what you've been reading? … consider subscribing") near the end of a blog post,
/// followed by a little more prose, marks the comments that blogs print straight after it.
/// </summary>
public static class CommentSectionFinder
{
    private const int MinimumProseLinesBefore = 1;
    private const int MinimumProseCharsBefore = 40;

    // Comments that outweigh the article this much, without a single commenter's header, are more likely article text.
    private const int ImplausibleCommentsRatio = 3;

    // After an end-of-post pitch, what follows must be small next to the post for it to be read as comments.
    private const int PitchTailRatio = 3;

    /// <summary>The index of the heading line, or -1.</summary>
    public static int FindHeading(IReadOnlyList<LineVerdict> verdicts, IReadOnlyList<string> lines)
    {
        // Suffix sums keep the scan linear however many headings a page repeats.
        var proseFrom = new int[verdicts.Count + 1];
        var headerFrom = new bool[verdicts.Count + 1];
        for (var i = verdicts.Count - 1; i >= 0; i--)
        {
            proseFrom[i] = proseFrom[i + 1] + (verdicts[i].IsProse ? verdicts[i].Shape.Length : 0);
            headerFrom[i] = headerFrom[i + 1] || (verdicts[i].Kind != ScrapedLineKind.Blank && CommentLines.IsCommenterHeader(lines[i]));
        }

        var proseLines = 0;
        var proseChars = 0;
        for (var i = 0; i < verdicts.Count; i++)
        {
            var verdict = verdicts[i];
            if (verdict.Kind == ScrapedLineKind.CommentStart && proseLines >= MinimumProseLinesBefore && proseChars >= MinimumProseCharsBefore
                && (proseFrom[i + 1] <= proseChars * ImplausibleCommentsRatio || headerFrom[i + 1]))
            {
                return i;
            }

            if (verdict.IsProse)
            {
                proseLines++;
                proseChars += verdict.Shape.Length;
            }
        }

        return -1;
    }

    /// <summary>The index of an end-of-post pitch, in or after the article run, that readers' comments follow; or -1.</summary>
    public static int FindClosingPitch(IReadOnlyList<LineVerdict> verdicts, IReadOnlyList<string> lines, (int Start, int End) run)
    {
        if (run.Start < 0)
        {
            return -1;
        }

        var total = ProseChars(verdicts, run.Start, verdicts.Count);
        var before = 0;
        for (var i = run.Start; i < verdicts.Count; i++)
        {
            var verdict = verdicts[i];
            if (verdict.Kind == ScrapedLineKind.Chrome && BoilerplateCues.IsClosingPitch(BoilerplateCues.Fold(lines[i])))
            {
                var after = total - before;
                if (after > 0 && after * PitchTailRatio <= before)
                {
                    return i;
                }
            }

            if (verdict.IsProse)
            {
                before += verdict.Shape.Length;
            }
        }

        return -1;
    }

    private static int ProseChars(IReadOnlyList<LineVerdict> verdicts, int from, int to)
    {
        var chars = 0;
        for (var i = from; i < to; i++)
        {
            if (verdicts[i].IsProse)
            {
                chars += verdicts[i].Shape.Length;
            }
        }

        return chars;
    }
}
