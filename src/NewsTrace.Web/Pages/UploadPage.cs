using NewsTrace.Pipeline;
using NewsTrace.Web.Html;

namespace NewsTrace.Web.Pages;

/// <summary>The upload form, and the summary of an ingest it started.</summary>
public static class UploadPage
{
    public static string RenderForm(bool tokenRequired, string? error = null)
    {
        var html = new HtmlBuilder().Markup("<h1>Upload articles</h1>");
        html.Element("p", "Saved web pages, scraped text, JSON Lines, WARC archives or RSS/Atom feeds (gzip is fine). They go through the same reading, extraction and analysis as `newstrace ingest`.", ("class", "lede"));
        if (error is not null)
        {
            html.Element("p", error, ("class", "notice"), ("role", "alert"));
        }

        html.Markup("<form class=\"upload\" method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">");
        html.Markup("<label>Files <input type=\"file\" name=\"files\" multiple required></label>");
        html.Markup("<label>Format <select name=\"format\"><option value=\"auto\" selected>detect</option><option value=\"html\">HTML page</option><option value=\"text\">scraped text</option><option value=\"plain\">plain text (kept exactly)</option><option value=\"jsonl\">JSON Lines</option><option value=\"warc\">WARC</option><option value=\"feed\">RSS/Atom feed</option></select></label>");
        if (tokenRequired)
        {
            html.Markup("<label>Write token <input type=\"password\" name=\"token\" autocomplete=\"off\" required></label>");
        }

        html.Markup("<button type=\"submit\">Ingest</button></form>");
        return PageLayout.Render("Upload", html);
    }

    public static string RenderResult(IngestSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var html = new HtmlBuilder().Markup("<h1>Upload finished</h1>");
        html.Open("p", ("class", "lede")).Markup("Read ").Number(summary.Read).Markup(" inputs: ").Number(summary.Added).Markup(" new, ")
            .Number(summary.AlreadyKnown).Markup(" already known, ").Number(summary.Failed).Markup(" failed.").Close("p");
        if (!summary.Failures.IsEmpty)
        {
            html.Markup("<h2>Failures</h2><ul class=\"failures\">");
            foreach (var failure in summary.Failures)
            {
                html.Markup("<li><code>").Text(failure.Source).Markup("</code>: ").Text(failure.Message).Markup("</li>");
            }

            html.Markup("</ul>");
        }

        html.Markup("<p>").Link("/", "See the stories").Markup(" or ").Link("/upload", "upload more").Markup(".</p>");
        return PageLayout.Render("Upload finished", html);
    }
}
