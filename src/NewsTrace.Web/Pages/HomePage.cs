using System.Globalization;
using NewsTrace.Storage;
using NewsTrace.Web.Html;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Pages;

/// <summary>The home page: the stories, newest corpus facts first, with a filter form and paging.</summary>
public static class HomePage
{
    public static string Render(StoryIndex index, CorpusStatistics statistics, StoryFilter filter, Paging paging)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(filter);
        var matching = filter.Apply(index);
        var html = new HtmlBuilder().Markup("<h1>Stories</h1>");
        html.Open("p", ("class", "lede"))
            .Number(statistics.Articles).Markup(" articles from ").Number(statistics.Sites).Markup(" sites in ")
            .Number(index.Stories.Count).Markup(" stories");
        if (statistics.EarliestPublished is not null)
        {
            html.Markup(", published ").Text(statistics.EarliestPublished).Markup(" to ").Text(statistics.LatestPublished);
        }

        html.Markup(".").Close("p");
        if (index.Notice is not null)
        {
            html.Element("p", index.Notice, ("class", "notice"));
        }

        RenderFilterForm(html, index, filter);
        if (matching.Count == 0)
        {
            html.Element("p", index.Stories.Count == 0 ? "The store is empty: ingest articles with `newstrace ingest` or the upload page." : "No story matches these filters.", ("class", "empty"));
            return PageLayout.Render("Stories", html);
        }

        html.Open("p", ("class", "count")).Number(matching.Count).Markup(matching.Count == 1 ? " story" : " stories").Close("p");
        html.Markup("<ol class=\"stories\">");
        foreach (var story in matching.Skip(paging.Offset).Take(paging.Limit))
        {
            var (first, last) = index.SpanOf(story);
            var outlets = StoryIndex.Outlets(story);
            html.Markup("<li>").Open("h2").Link(Paths.Story(story.Id), story.Title ?? "(untitled story)").Close("h2");
            html.Markup("<p class=\"meta\">");
            html.Text(first == last ? Dates.Display(first) : $"{Dates.Display(first)} – {Dates.Display(last)}");
            html.Markup(" · ").Number(story.Articles.Count).Markup(story.Articles.Count == 1 ? " article" : " articles");
            html.Markup(" · ").Text(string.Join(", ", outlets.Take(6)));
            if (outlets.Count > 6)
            {
                html.Text(string.Create(CultureInfo.InvariantCulture, $" and {outlets.Count - 6} more"));
            }

            html.Markup("</p></li>");
        }

        html.Markup("</ol>");
        PagerLinks.Render(html, "/", filter, paging, matching.Count);
        return PageLayout.Render("Stories", html);
    }

    private static void RenderFilterForm(HtmlBuilder html, StoryIndex index, StoryFilter filter)
    {
        var sites = index.Sites;
        html.Markup("<form class=\"filters\" method=\"get\" action=\"/\"><fieldset><legend>Filter stories</legend>");
        html.Markup("<label>Headline words ").Open("input", ("type", "text"), ("name", "words"), ("value", filter.Words)).Markup("</label>");
        html.Markup("<label>Outlet <select name=\"site\"><option value=\"\">any</option>");
        foreach (var site in sites)
        {
            var selected = string.Equals(site, filter.Site, StringComparison.OrdinalIgnoreCase) ? "selected" : null;
            html.Open("option", ("value", site), ("selected", selected)).Text(site).Close("option");
        }

        html.Markup("</select></label>");
        html.Markup("<label>From ").Open("input", ("type", "date"), ("name", "from"), ("value", filter.From)).Markup("</label>");
        html.Markup("<label>To ").Open("input", ("type", "date"), ("name", "to"), ("value", filter.To)).Markup("</label>");
        html.Markup("<button type=\"submit\">Apply</button>");
        if (!filter.IsEmpty)
        {
            html.Link("/", "Clear", "clear");
        }

        html.Markup("</fieldset></form>");
    }
}
