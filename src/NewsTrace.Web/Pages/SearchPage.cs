using NewsTrace.Storage;
using NewsTrace.Web.Html;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Pages;

/// <summary>Ranked full-text results with highlighted snippets, each with its story.</summary>
public static class SearchPage
{
    public static string Render(string query, IReadOnlyList<SearchHit> hits, bool more, StoryIndex index, Paging paging, SearchFilter? filter = null, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(index);
        filter ??= new SearchFilter(null, null, null, null, null);
        var html = new HtmlBuilder().Markup("<h1>Search</h1>");
        RenderFilters(html, query, filter, index);
        if (problem is not null)
        {
            html.Element("p", problem, ("class", "notice"));
            return PageLayout.Render("Search", html, query);
        }

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
        PagerLinks.Render(html, "/search", [("q", query), .. filter.Parameters], paging, total);
        return PageLayout.Render("Search: " + query, html, query);
    }

    /// <summary>A plain GET form (no script): the words, a date range, an outlet, an entity and a story.</summary>
    private static void RenderFilters(HtmlBuilder html, string query, SearchFilter filter, StoryIndex index)
    {
        html.Markup("<form class=\"filters\" method=\"get\" action=\"/search\" role=\"search\">");
        html.Markup("<label>Words ").Open("input", ("type", "search"), ("name", "q"), ("value", query)).Markup("</label>");
        html.Markup("<label>From ").Open("input", ("type", "date"), ("name", "from"), ("value", filter.From)).Markup("</label>");
        html.Markup("<label>To ").Open("input", ("type", "date"), ("name", "to"), ("value", filter.To)).Markup("</label>");
        html.Markup("<label>Outlet <select name=\"site\"><option value=\"\">any</option>");
        foreach (var site in index.Sites)
        {
            html.Open("option", ("value", site), ("selected", string.Equals(site, filter.Site, StringComparison.Ordinal) ? "selected" : null)).Text(site).Close("option");
        }

        html.Markup("</select></label>");
        html.Markup("<label>Entity ").Open("input", ("type", "text"), ("name", "entity"), ("value", filter.Entity)).Markup("</label>");
        html.Markup("<label>Story ").Open("input", ("type", "text"), ("name", "story"), ("value", filter.Story)).Markup("</label>");
        html.Markup("<button type=\"submit\">Search</button></form>");
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
