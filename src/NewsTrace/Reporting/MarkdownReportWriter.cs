using System.Globalization;
using NewsTrace.Stories;

namespace NewsTrace.Reporting;

/// <summary>A Markdown report: readable as plain text in a terminal, and renders well on any forge.</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public string Extension => "md";

    public void Write(CorpusReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var stats = report.Statistics;
        var totals = report.Totals;
        var culture = CultureInfo.InvariantCulture;

        output.WriteLine("# NewsTrace report");
        output.WriteLine();
        output.WriteLine(string.Create(culture, $"Generated {report.GeneratedAt:yyyy-MM-dd HH:mm} UTC."));
        output.WriteLine();
        output.WriteLine("## Corpus");
        output.WriteLine();
        output.WriteLine(string.Create(culture, $"- Articles: {stats.Articles} ({stats.DistinctTexts} distinct texts) from {stats.Sites} sites, {stats.Characters:N0} characters"));
        output.WriteLine(string.Create(culture, $"- Published: {stats.EarliestPublished ?? "unknown"} to {stats.LatestPublished ?? "unknown"}"));
        output.WriteLine(string.Create(culture, $"- Stories: {report.Stories.Count}"));
        output.WriteLine(string.Create(culture, $"- Analysis: {totals.Sentences} sentences, {totals.Entities} entity mentions, {totals.Quotes} quotes, {totals.Timexes} time expressions"));
        output.WriteLine(string.Create(culture, $"- Failed inputs: {report.Failures.Count}; analysis stage failures: {totals.StageFailures}"));
        output.WriteLine();

        output.WriteLine("## Stories");
        output.WriteLine();
        if (report.Summaries.Count > 0)
        {
            // Independent reports: copies and reuse of one text count once ("9 articles, 3 independent reports").
            output.WriteLine("| Story | Title | Articles | Reports | First published |");
            output.WriteLine("|---|---|---:|---:|---|");
            foreach (var story in report.Stories)
            {
                var reports = report.Summaries.TryGetValue(story.Id, out var summary) ? summary.IndependentReports.ToString(culture) : "";
                output.WriteLine(string.Create(culture, $"| `{story.Id}` | {Cell(story.Title)} | {story.Articles.Count} | {reports} | {Cell(story.Articles[0].Published)} |"));
            }
        }
        else
        {
            output.WriteLine("| Story | Title | Articles | First published |");
            output.WriteLine("|---|---|---:|---|");
            foreach (var story in report.Stories)
            {
                output.WriteLine(string.Create(culture, $"| `{story.Id}` | {Cell(story.Title)} | {story.Articles.Count} | {Cell(story.Articles[0].Published)} |"));
            }
        }

        output.WriteLine();
        output.WriteLine("## Articles");
        output.WriteLine();
        output.WriteLine("| Published | Site | Title | Id | Source | Sentences | Quotes | Dates |");
        output.WriteLine("|---|---|---|---|---|---:|---:|---:|");
        foreach (var article in report.Articles)
        {
            var counts = report.Analysis.GetValueOrDefault(article.Id, ArticleAnalysisCounts.Zero);
            output.WriteLine(string.Create(culture, $"| {Cell(article.Published)} | {Cell(article.Site)} | {Cell(article.Title)} | `{article.Id}` | {Cell(Story.Reference(article))} | {counts.Sentences} | {counts.Quotes} | {counts.Timexes} |"));
        }

        if (report.Failures.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("## Inputs that failed");
            output.WriteLine();
            output.WriteLine("| Source | Reason |");
            output.WriteLine("|---|---|");
            foreach (var failure in report.Failures)
            {
                output.WriteLine(string.Create(culture, $"| {Cell(failure.Source)} | {Cell(failure.Reason)} |"));
            }
        }
    }

    /// <summary>Keeps a value inside its table cell: pipes and line breaks would break the table.</summary>
    private static string Cell(string? value)
        => string.IsNullOrWhiteSpace(value)
            ? "–"
            : value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
