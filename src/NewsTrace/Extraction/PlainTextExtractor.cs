using System.Text;
using System.Text.RegularExpressions;
using NewsTrace.Documents;
using NewsTrace.Extraction.Metadata;
using NewsTrace.Extraction.ScrapedText;
using NewsTrace.Ingest;

namespace NewsTrace.Extraction;

/// <summary>
/// Extraction for text inputs. <see cref="InputFormat.Plain"/> keeps the decoded text exactly, so offsets index the
/// file. <see cref="InputFormat.Text"/> (text scraped from a page) is tidied (line endings, NFC, trailing spaces, runs
/// of blank lines) and cleaned by <see cref="ScrapedTextCleaner"/>: site chrome and credit lines removed, readers'
/// comments moved to <see cref="Article.Comments"/>, and title, authors, date and credits read from the lines.
/// Stateless and thread-safe.
/// </summary>
public static partial class PlainTextExtractor
{
    private const int TitleMaximumLength = 200;
    private const int HeaderLinesExamined = 5;
    private const int DateLineMaximumLength = 80;

    public static Article Extract(string text, InputFormat format, ArticleMetadata given, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(given);
        if (format == InputFormat.Plain)
        {
            return new Article(text, MetadataMerge.Merge(given, ArticleMetadata.Empty, source));
        }

        var page = ScrapedTextCleaner.Clean(text);
        // A page the cleaner empties entirely (a lone "Advertisement") is too small to judge: keep it as it is.
        var body = page.Text.Length > 0 ? page.Text : Tidy(text);
        var found = new ArticleMetadata
        {
            Title = page.Title ?? FindTitle(HeaderLines(body)),
            Authors = page.Authors,
            Published = page.Published,
            Credits = page.Credits,
        };
        return new Article(body, MetadataMerge.Merge(given, found, source)) { Comments = page.Comments };
    }

    /// <summary>\n line endings, NFC, no trailing spaces, at most one blank line in a row, trimmed.</summary>
    public static string Tidy(string text)
    {
        var normalized = TextNormalization.ToNfc(text.ReplaceLineEndings("\n"));
        var builder = new StringBuilder(normalized.Length);
        var blankRun = 0;
        foreach (var rawLine in normalized.Split('\n'))
        {
            var line = rawLine.TrimEnd();
            if (line.Length == 0)
            {
                blankRun++;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(blankRun > 0 ? "\n\n" : "\n");
            }

            blankRun = 0;
            builder.Append(line);
        }

        return builder.ToString().Trim();
    }

    private static List<string> HeaderLines(string text)
    {
        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            lines.Add(trimmed);
            if (lines.Count == HeaderLinesExamined)
            {
                break;
            }
        }

        return lines;
    }

    // A headline is short, has a few words, and does not end like a sentence; date lines, one- or two-word labels
    // ("news ticker", "WORLD") and truncated lines above it are passed over. Body text ends the search.
    private static string? FindTitle(List<string> header)
    {
        foreach (var line in header)
        {
            if (line.Length > TitleMaximumLength)
            {
                return null;
            }

            // Labels, date lines and truncated teasers or breadcrumbs ("Home > News > Where the…") sit above headlines.
            if (IsDateLine(line, out _) || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3
                || line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith('…'))
            {
                continue;
            }

            return line.EndsWith('.') || line.EndsWith(':') ? null : line;
        }

        return null;
    }

    // Conservative: only a short line that is essentially a date ("Thursday, May 30, 2024", "Date: 2024-01-25").
    private static bool IsDateLine(string line, out PublishDate date)
    {
        date = default;
        if (line.Length > DateLineMaximumLength)
        {
            return false;
        }

        var iso = IsoDate().Match(line);
        if (iso.Success && PublishDate.TryParseIso(iso.Value, out date))
        {
            return true;
        }

        return DateParsing.TryParseProseDate(line, out date);
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
