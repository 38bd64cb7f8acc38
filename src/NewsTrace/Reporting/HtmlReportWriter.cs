using System.Globalization;
using System.Net;
using NewsTrace.Stories;

namespace NewsTrace.Reporting;

/// <summary>
/// A self-contained HTML report: one file, inline styles, no scripts, every value escaped (article text is hostile input).
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    private const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
        h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e3e3e3;vertical-align:top}
        th{background:#f3f3f3}td.n{text-align:right}code{font-size:.9em}ul.stats{list-style:none;padding:0}
        """;

    public string Extension => "html";

    public void Write(CorpusReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var stats = report.Statistics;
        var totals = report.Totals;

        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        output.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine("<title>NewsTrace report</title><style>" + Style + "</style></head><body>");
        output.WriteLine("<h1>NewsTrace report</h1>");
        output.WriteLine(F($"<p>Generated {report.GeneratedAt:yyyy-MM-dd HH:mm} UTC.</p>"));
        output.WriteLine("<h2>Corpus</h2><ul class=\"stats\">");
        output.WriteLine(F($"<li>{stats.Articles} articles ({stats.DistinctTexts} distinct texts) from {stats.Sites} sites, {stats.Characters:N0} characters</li>"));
        output.WriteLine(F($"<li>Published {E(stats.EarliestPublished ?? "unknown")} to {E(stats.LatestPublished ?? "unknown")}</li>"));
        output.WriteLine(F($"<li>{report.Stories.Count} stories</li>"));
        output.WriteLine(F($"<li>{totals.Sentences} sentences, {totals.Entities} entity mentions, {totals.Quotes} quotes, {totals.Timexes} time expressions</li>"));
        output.WriteLine(F($"<li>{report.Failures.Count} failed inputs; {totals.StageFailures} analysis stage failures</li></ul>"));

        var withReports = report.Summaries.Count > 0;
        output.WriteLine("<h2>Stories</h2><table><thead><tr><th>Story</th><th>Title</th><th>Articles</th>" + (withReports ? "<th>Independent reports</th>" : "") + "<th>First published</th></tr></thead><tbody>");
        foreach (var story in report.Stories)
        {
            var reports = withReports ? F($"<td class=\"n\">{(report.Summaries.TryGetValue(story.Id, out var summary) ? summary.IndependentReports : 0)}</td>") : "";
            output.WriteLine(F($"<tr><td><code>{E(story.Id)}</code></td><td>{E(story.Title)}</td><td class=\"n\">{story.Articles.Count}</td>{reports}<td>{E(story.Articles[0].Published)}</td></tr>"));
        }

        output.WriteLine("</tbody></table>");
        output.WriteLine("<h2>Articles</h2><table><thead><tr><th>Published</th><th>Site</th><th>Title</th><th>Id</th><th>Source</th><th>Sentences</th><th>Quotes</th><th>Dates</th></tr></thead><tbody>");
        foreach (var article in report.Articles)
        {
            var counts = report.Analysis.GetValueOrDefault(article.Id, ArticleAnalysisCounts.Zero);
            output.WriteLine(F($"<tr><td>{E(article.Published)}</td><td>{E(article.Site)}</td><td>{E(article.Title)}</td><td><code>{E(article.Id)}</code></td><td>{E(Story.Reference(article))}</td><td class=\"n\">{counts.Sentences}</td><td class=\"n\">{counts.Quotes}</td><td class=\"n\">{counts.Timexes}</td></tr>"));
        }

        output.WriteLine("</tbody></table>");
        if (report.Failures.Count > 0)
        {
            output.WriteLine("<h2>Inputs that failed</h2><table><thead><tr><th>Source</th><th>Reason</th></tr></thead><tbody>");
            foreach (var failure in report.Failures)
            {
                output.WriteLine(F($"<tr><td>{E(failure.Source)}</td><td>{E(failure.Reason)}</td></tr>"));
            }

            output.WriteLine("</tbody></table>");
        }

        output.WriteLine("</body></html>");
    }

    private static string E(string? value) => string.IsNullOrWhiteSpace(value) ? "–" : WebUtility.HtmlEncode(value);

    private static string F(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
