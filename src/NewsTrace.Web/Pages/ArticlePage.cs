using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Storage;
using NewsTrace.Stories;
using NewsTrace.Time;
using NewsTrace.Web.Html;

namespace NewsTrace.Web.Pages;

/// <summary>One article: metadata, its story and copies, and the clean text with quotes, entities and dates highlighted.</summary>
public static class ArticlePage
{
    public static string Render(StoredArticle article, Story? story)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = StoredDocument.FromStored(article);
        var metadata = article.Metadata;
        var html = new HtmlBuilder();
        html.Element("h1", metadata.Title ?? "(untitled article)");
        html.Markup("<dl class=\"summary\">");
        Row(html, "Outlet", metadata.Site);
        Row(html, "Published", metadata.Published?.ToString());
        Row(html, "Modified", metadata.Modified?.ToString());
        Row(html, "Authors", metadata.Authors.IsDefaultOrEmpty ? null : string.Join(", ", metadata.Authors));
        Row(html, "Credits", metadata.Credits.IsDefaultOrEmpty ? null : string.Join(", ", metadata.Credits));
        Row(html, "Language", metadata.Language);
        Row(html, "Source", metadata.Source);
        if (metadata.Url is not null)
        {
            html.Markup("<dt>URL</dt><dd>").ExternalLink(metadata.Url, metadata.Url).Markup("</dd>");
        }

        html.Markup("<dt>Id</dt><dd><code>").Text(article.Id).Markup("</code></dd>");
        if (story is not null)
        {
            html.Markup("<dt>Story</dt><dd>").Link(Paths.Story(story.Id), story.Title ?? story.Id).Markup("</dd>");
        }

        html.Markup("</dl>");
        RenderRelated(html, article, story);
        html.Markup("<div class=\"article-layout\"><section class=\"article-text\" aria-label=\"Article text\">");
        html.Markup("<p class=\"legend\"><span class=\"hl-quote\">quote</span> <span class=\"hl-speaker\">speaker</span> <span class=\"hl-entity hl-person\">person</span> <span class=\"hl-entity hl-org\">organisation</span> <span class=\"hl-entity hl-place\">place</span> <span class=\"hl-date\">date</span> <span class=\"hl-anomaly\">suspect date</span></p>");
        html.Markup("<div class=\"text\">");
        AnnotatedText.Render(html, article.Text, AnnotatedText.From(document));
        html.Markup("</div></section><aside class=\"layers\" aria-label=\"Analysis\">");
        RenderQuotes(html, document);
        RenderDates(html, document);
        html.Markup("</aside></div>");
        RenderComments(html, article);
        return PageLayout.Render(metadata.Title ?? "Article", html);
    }

    private static void RenderRelated(HtmlBuilder html, StoredArticle article, Story? story)
    {
        if (story is null || story.Articles.Count < 2)
        {
            return;
        }

        html.Markup("<section class=\"related\" aria-labelledby=\"related-h\"><h2 id=\"related-h\">Same story elsewhere</h2><ul>");
        foreach (var other in story.Articles.Where(a => !string.Equals(a.Id, article.Id, StringComparison.Ordinal)))
        {
            var copy = string.Equals(other.TextHash, article.TextHash, StringComparison.Ordinal);
            html.Markup("<li>").Link(Paths.Article(other.Id), other.Title ?? "(untitled)").Markup(" <span class=\"meta\">").Text(other.Site ?? "?").Markup(" · ").Text(Dates.Display(other.Published));
            if (copy)
            {
                html.Markup(" · <strong>identical text</strong>");
            }

            html.Markup("</span> · ").Link(Paths.Diff(article.Id, other.Id), "side-by-side diff", "diff-link").Markup("</li>");
        }

        html.Markup("</ul></section>");
    }

    private static void RenderQuotes(HtmlBuilder html, Document document)
    {
        var quotes = document.GetOrDefault(Layers.Quotes, []);
        html.Markup("<h2>Quotes</h2>");
        if (quotes.IsEmpty)
        {
            html.Element("p", "None found.", ("class", "empty"));
            return;
        }

        html.Markup("<ul class=\"quotes\">");
        foreach (var quote in quotes)
        {
            html.Markup("<li><strong>").Text(quote.Speaker ?? "Unattributed").Markup("</strong> ").Element("span", quote.Kind, ("class", "badge"));
            html.Markup("<blockquote>").Text(quote.Span.Of(document.Text)).Markup("</blockquote></li>");
        }

        html.Markup("</ul>");
    }

    private static void RenderDates(HtmlBuilder html, Document document)
    {
        var timexes = document.GetOrDefault(Layers.Timexes, []);
        var anomalies = document.GetOrDefault(TimeLayers.DateAnomalies, []);
        html.Markup("<h2>Dates</h2>");
        if (timexes.IsEmpty)
        {
            html.Element("p", "None found.", ("class", "empty"));
        }
        else
        {
            html.Markup("<ul class=\"dates\">");
            foreach (var timex in timexes)
            {
                html.Markup("<li>").Element("q", timex.Span.Of(document.Text)).Markup(" → ").Element("code", timex.Value ?? "unresolved").Markup("</li>");
            }

            html.Markup("</ul>");
        }

        foreach (var anomaly in anomalies)
        {
            html.Element("p", $"{anomaly.Span.Of(document.Text)}: {anomaly.Message}", ("class", "notice"));
        }
    }

    private static void RenderComments(HtmlBuilder html, StoredArticle article)
    {
        if (article.Comments.IsDefaultOrEmpty)
        {
            return;
        }

        html.Markup("<section class=\"comments\" aria-labelledby=\"comments-h\"><h2 id=\"comments-h\">Reader comments (kept apart from the text)</h2><ul>");
        foreach (var comment in article.Comments)
        {
            html.Element("li", comment);
        }

        html.Markup("</ul></section>");
    }

    private static void Row(HtmlBuilder html, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            html.Markup("<dt>").Markup(label).Markup("</dt><dd>").Text(value).Markup("</dd>");
        }
    }
}
