namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// The headline is the headline-shaped line nearest above the article body, passing over bylines, date lines, credits
/// and chrome: a few words, not cut short, not ending like a sentence. A long headline ending in "?" scores as prose
/// and opens the body itself; it is taken when nothing above the body qualifies and only chrome precedes it.
/// </summary>
public static class HeadlineFinder
{
    private const int MaximumLength = 200;
    private const int MinimumWords = 3;
    private const int MaximumWords = 30;
    private const int MaximumLinesExamined = 8;

    /// <summary>The index of the headline line, or -1.</summary>
    public static int Find(IReadOnlyList<string> lines, IReadOnlyList<LineVerdict> verdicts, int bodyStart)
    {
        if (bodyStart < 0)
        {
            return -1;
        }

        var examined = 0;
        for (var i = bodyStart - 1; i >= 0 && examined < MaximumLinesExamined; i--)
        {
            var verdict = verdicts[i];
            if (verdict.Kind == ScrapedLineKind.Blank)
            {
                continue;
            }

            examined++;
            if (verdict.Kind != ScrapedLineKind.Content || verdict.WeakChrome)
            {
                continue;
            }

            if (IsHeadlineShaped(lines[i], verdict.Shape))
            {
                return i;
            }

            if (verdict.Shape.IsSentenceLike)
            {
                return -1;
            }
        }

        return OpensBody(lines, verdicts, bodyStart) ? bodyStart : -1;
    }

    /// <summary>A few words, not too long, not cut short, not ending with a full stop, a colon or an exclamation.</summary>
    public static bool IsHeadlineShaped(string line, LineShape shape)
        => shape.HasLetters && line.Length <= MaximumLength && shape.Words is >= MinimumWords and <= MaximumWords && !shape.IsTruncated
            && !line.EndsWith('.') && !line.EndsWith(':') && !line.EndsWith(',') && !line.EndsWith(';') && !line.EndsWith('!')
            && shape.GluedJoins < 2;

    private static bool OpensBody(IReadOnlyList<string> lines, IReadOnlyList<LineVerdict> verdicts, int bodyStart)
    {
        var line = lines[bodyStart];
        if (!line.EndsWith('?') || !IsHeadlineShaped(line, verdicts[bodyStart].Shape))
        {
            return false;
        }

        for (var i = 0; i < bodyStart; i++)
        {
            if (verdicts[i].IsProse)
            {
                return false;
            }
        }

        return true;
    }
}
