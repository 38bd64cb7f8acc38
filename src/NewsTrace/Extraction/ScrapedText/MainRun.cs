namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// The article body is the densest run of prose on the page: the contiguous range of lines with the highest sum of
/// scores, where prose counts by its length and chrome, labels and short non-sentences count against (the maximum
/// subarray). Menus and link lists above and below break the run; a subheading or a caption inside it does not.
/// </summary>
public static class MainRun
{
    private const int ChromePenalty = 40;
    private const int ShortLinePenalty = 15;
    private const int WeakChromePenalty = 25;


    /// <summary>The first and last line of the run within [0, <paramref name="limit"/>), or (-1, -1) when no line scores.</summary>
    public static (int Start, int End) Find(IReadOnlyList<LineVerdict> verdicts, int limit)
    {
        var bestSum = 0;
        var best = (Start: -1, End: -1);
        var sum = 0;
        var start = 0;
        for (var i = 0; i < limit; i++)
        {
            if (sum <= 0)
            {
                sum = 0;
                start = i;
            }

            sum += Score(verdicts[i]);
            if (sum > bestSum)
            {
                bestSum = sum;
                best = (start, i);
            }
        }

        // The article ends with a sentence: a trailing headline-shaped line, however long, is a related link.
        while (best.End > best.Start && !EndsArticle(verdicts[best.End]))
        {
            best.End--;
        }

        return best;
    }

    /// <summary>A line that can close an article: a sentence, or a paragraph too long to be a link whose full stop the scraper lost.</summary>
    public static bool EndsArticle(LineVerdict verdict)
        => verdict.Kind == ScrapedLineKind.Content && (verdict.Shape.IsSentenceLike || verdict.Shape.IsParagraphWithoutStop);

    public static int Score(LineVerdict verdict) => verdict.Kind switch
    {
        ScrapedLineKind.Blank or ScrapedLineKind.Credit => 0,
        ScrapedLineKind.Chrome or ScrapedLineKind.ListHeading or ScrapedLineKind.CommentStart => -ChromePenalty,
        ScrapedLineKind.Content when verdict.Shape.IsProse || verdict.Shape.IsSentenceLike => verdict.Shape.Length,
        ScrapedLineKind.Content when verdict.WeakChrome => -WeakChromePenalty,
        _ => -ShortLinePenalty,
    };
}
