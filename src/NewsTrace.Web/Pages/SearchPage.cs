using NewsTrace.Storage;
using NewsTrace.Web.Html;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Pages;

/// <summary>Ranked full-text results with highlighted snippets, each with its story.</summary>
public static class SearchPage
{
    public static string Render(string query, IReadOnlyList<SearchHit> hits, bool more, StoryIndex index, Paging paging)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(index);
        var html = new HtmlBuilder().Markup("<h1>Search</h1>");
        if (string.IsNullOrWhiteSpace(query))
        {
            html.Element("p", "Type words to search for: plain words must all appear, \"quoted phrases\" match exactly, prefix* matches word starts.", ("class", "empty"));
            return PageLayout.Render("Search", html);
        }

        html.Open("p", ("class", "lede")).Markup("Results for ").Element("q", query).Close("p");
        if (hits.Count == 0)
        {
            html.Element("p", "No article matches.", ("class", "empty"));
            return PageLayout.Render("Search", html, query);
        }

        html.Markup("<ol class=\"hits\">");
        foreach (var hit in hits)
        {
            html.Markup("<li>").Open("h2").Link(Paths.Article(hit.Id), hit.Title ?? "(untitled)").Close("h2");
            html.Markup("<p class=\"meta\">").Text(hit.Site ?? "unknown site").Markup(" · ").Text(Dates.Display(hit.Published));
            if (index.StoryOf(hit.Id) is { } story)
            {
                html.Markup(" · story: ").Link(Paths.Story(story.Id), story.Title ?? story.Id);
            }

            html.Markup("</p><p class=\"snippet\">");
            Snippet(html, hit.Snippet);
            html.Markup("</p></li>");
        }

        html.Markup("</ol>");
        var total = paging.Offset + hits.Count + (more ? 1 : 0);
        PagerLinks.Render(html, "/search", [("q", query)], paging, total);
        return PageLayout.Render("Search: " + query, html, query);
    }

    /// <summary>The store marks matched terms with control characters; they become &lt;mark&gt; and everything else is encoded.</summary>
    public static void Snippet(HtmlBuilder html, string snippet)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(snippet);
        var marked = false;
        var start = 0;
        for (var i = 0; i <= snippet.Length; i++)
        {
            var atMark = i < snippet.Length && (snippet[i] == SearchHit.HighlightStart || snippet[i] == SearchHit.HighlightEnd);
            if (!atMark && i < snippet.Length)
            {
                continue;
            }

            if (i > start)
            {
                if (marked)
                {
                    html.Markup("<mark>").Text(snippet, start, i - start).Markup("</mark>");
                }
                else
                {
                    html.Text(snippet, start, i - start);
                }
            }

            if (i < snippet.Length)
            {
                marked = snippet[i] == SearchHit.HighlightStart;
            }

            start = i + 1;
        }
    }
}
