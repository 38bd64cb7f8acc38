using System.Collections.Immutable;

namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// Finds wire credits in an article's text, whatever it was extracted from: stand-alone credit lines ("SOURCE: AP",
/// "Additional reporting by Reuters") are taken out of the text, and the agency of a dateline near the top
/// ("DORVAN, Oct. 17 (Meridian) —") is read while the dateline stays. Provenance needs both.
/// </summary>
public static class CreditScan
{
    // A dateline opens the story: only the first few paragraphs are read for one.
    private const int DatelineParagraphs = 3;

    // Lines this close to the end are where a closing credit ("— Meridian") stands.
    private const int ClosingLines = 2;

    public static (string Text, ImmutableArray<string> Credits) Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var contentLines = lines.Select((line, index) => (line, index)).Where(l => l.line.Trim().Length > 0).Select(l => l.index).ToList();
        var credits = ImmutableArray.CreateBuilder<string>();
        var removed = new HashSet<int>();
        for (var n = 0; n < contentLines.Count; n++)
        {
            var index = contentLines[n];
            var line = lines[index].Trim();
            if (CreditLines.TryReadStandalone(line, closesArticle: n >= contentLines.Count - ClosingLines, out var found))
            {
                credits.AddRange(found);
                removed.Add(index);
            }
            else if (n < DatelineParagraphs && CreditLines.ReadDateline(line) is { } agency)
            {
                credits.Add(agency);
            }
        }

        if (removed.Count == 0)
        {
            return (text, Distinct(credits));
        }

        var kept = lines.Where((_, index) => !removed.Contains(index));
        return (string.Join('\n', kept).Trim(), Distinct(credits));
    }

    private static ImmutableArray<string> Distinct(ImmutableArray<string>.Builder credits)
        => [.. credits.Distinct(StringComparer.OrdinalIgnoreCase)];
}
