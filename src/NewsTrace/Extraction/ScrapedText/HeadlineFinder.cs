using System.Collections.Frozen;

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
                return LongerHeadlineAbove(lines, verdicts, i) is var above and >= 0 ? above : i;
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

    /// <summary>Words of a masthead at most: "The Astana Times", "Hong Kong Free Press".</summary>
    private const int MaximumMastheadWords = 4;

    /// <summary>
    /// "Voters back the plant, commission says" over "The Astana Times" over the date: when the line nearest the body is a
    /// masthead (a few capitalised words), the longer headline-shaped line right above it, not itself a masthead, is the
    /// headline; the masthead stays between it and the body. -1 when there is none.
    /// </summary>
    private static int LongerHeadlineAbove(IReadOnlyList<string> lines, IReadOnlyList<LineVerdict> verdicts, int nearest)
    {
        if (!IsMastheadShaped(lines[nearest], verdicts[nearest].Shape))
        {
            return -1;
        }

        for (var i = nearest - 1; i >= 0; i--)
        {
            if (verdicts[i].Kind == ScrapedLineKind.Blank)
            {
                continue;
            }

            return verdicts[i].Kind == ScrapedLineKind.Content && !verdicts[i].WeakChrome && IsHeadlineShaped(lines[i], verdicts[i].Shape)
                   && verdicts[i].Shape.Words > verdicts[nearest].Shape.Words && !IsMastheadShaped(lines[i], verdicts[i].Shape)
                ? i
                : -1;
        }

        return -1;
    }

    /// <summary>Words of newspapers' and broadcasters' names ("The Astana Times", "Hong Kong Free Press").</summary>
    private static readonly FrozenSet<string> MastheadWords = FrozenSet.ToFrozenSet(
    [
        "Times", "Post", "News", "Press", "Herald", "Tribune", "Journal", "Chronicle", "Gazette", "Observer", "Courier", "Telegraph",
        "Star", "Standard", "Guardian", "Independent", "Monitor", "Review", "Express", "Mail", "Today", "Radio", "Television", "Inquirer",
        "Record", "Reporter", "Sun", "Mirror", "Week", "Weekly", "Daily", "Bulletin", "Dispatch", "Register", "Examiner", "Leader",
        "Edition", "Insider",
    ], StringComparer.Ordinal);

    /// <summary>
    /// A few words, each capitalised but "of", "the", "and", no digits and no punctuation but an apostrophe, ending in a word
    /// of a paper's name, or holding one after "The" ("The Times of India"): a short headline in title case ("Ferry Strike
    /// Ends") is no masthead.
    /// </summary>
    private static bool IsMastheadShaped(string line, LineShape shape)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (shape.Words > MaximumMastheadWords || words.Length < 2
            || !(MastheadWords.Contains(words[^1]) || (words[0] == "The" && words.Skip(1).Any(MastheadWords.Contains))))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!(char.IsUpper(word[0]) || word is "of" or "the" or "and") || word.Any(c => !(char.IsLetter(c) || c is '\'' or '\u2019' or '-' or '.')))
            {
                return false;
            }
        }

        return true;
    }

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
