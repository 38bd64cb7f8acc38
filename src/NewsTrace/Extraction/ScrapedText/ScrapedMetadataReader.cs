using System.Collections.Immutable;
using NewsTrace.Documents;

namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// Reads the publish date, the authors and the agency credits of a scraped page from its classified lines. Dates and
/// bylines count only near the top (above the body or in its first lines): a date deep in the body is a date the
/// article talks about. A stated "Published"/"Date:" beats a byline's date, which beats a bare date line below the
/// headline, which beats an update time or a bare date above the headline (often a ticker's "today").
/// </summary>
public static class ScrapedMetadataReader
{
    private const int HeaderLinesAfterBodyStart = 3;
    private const int MaximumHeaderLines = 12;
    private const int DatelineLinesExamined = 3;

    public static PublishDate? FindPublished(IReadOnlyList<LineVerdict> verdicts, int headline, int bodyStart)
    {
        PublishDate? best = null;
        var bestRank = 0;
        foreach (var i in HeaderIndices(verdicts, bodyStart))
        {
            var verdict = verdicts[i];
            if (verdict.Date is not { } date)
            {
                continue;
            }

            var rank = verdict.Kind == ScrapedLineKind.Byline ? 3 : verdict.DateLabel switch
            {
                DateLineLabel.Published => 4,
                DateLineLabel.Updated => 1,
                _ => headline >= 0 && i < headline ? 1 : 2,
            };
            if (rank > bestRank)
            {
                best = date;
                bestRank = rank;
            }
        }

        return best;
    }

    /// <summary>Authors from the first byline near the top, else from an author box below the article.</summary>
    public static ImmutableArray<string> FindAuthors(IReadOnlyList<LineVerdict> verdicts, int bodyStart, int bodyEnd, int limit)
    {
        foreach (var i in HeaderIndices(verdicts, bodyStart))
        {
            if (verdicts[i].Byline is { Authors.IsEmpty: false } byline)
            {
                return byline.Authors;
            }
        }

        for (var i = Math.Max(bodyEnd + 1, 0); i < limit; i++)
        {
            if (verdicts[i].Byline is { Authors.IsEmpty: false } byline)
            {
                return byline.Authors;
            }
        }

        return [];
    }

    /// <summary>Credits of credit lines and bylines before <paramref name="limit"/>, and of a dateline opening the body.</summary>
    public static ImmutableArray<string> FindCredits(IReadOnlyList<string> lines, IReadOnlyList<LineVerdict> verdicts, int bodyStart, int limit)
    {
        var credits = ImmutableArray.CreateBuilder<string>();
        var datelinesLeft = DatelineLinesExamined;
        for (var i = 0; i < limit; i++)
        {
            var verdict = verdicts[i];
            if (verdict.Kind is ScrapedLineKind.Credit or ScrapedLineKind.Byline && !verdict.Credits.IsDefaultOrEmpty)
            {
                Add(credits, verdict.Credits);
            }
            else if (i >= bodyStart && bodyStart >= 0 && datelinesLeft > 0 && verdict.Kind == ScrapedLineKind.Content)
            {
                datelinesLeft--;
                if (CreditLines.ReadDateline(lines[i]) is { } agency)
                {
                    Add(credits, [agency]);
                }
            }
        }

        return credits.ToImmutable();
    }

    private static void Add(ImmutableArray<string>.Builder credits, ImmutableArray<string> names)
    {
        foreach (var name in names)
        {
            if (!credits.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                credits.Add(name);
            }
        }
    }

    // The first lines of the page, up to a few lines into the body.
    private static IEnumerable<int> HeaderIndices(IReadOnlyList<LineVerdict> verdicts, int bodyStart)
    {
        var seen = 0;
        var intoBody = 0;
        for (var i = 0; i < verdicts.Count && seen < MaximumHeaderLines; i++)
        {
            if (verdicts[i].Kind == ScrapedLineKind.Blank)
            {
                continue;
            }

            seen++;
            if (bodyStart >= 0 && i >= bodyStart && ++intoBody > HeaderLinesAfterBodyStart)
            {
                yield break;
            }

            yield return i;
        }
    }
}
