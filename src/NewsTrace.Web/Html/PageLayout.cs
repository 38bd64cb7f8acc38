namespace NewsTrace.Web.Html;

/// <summary>The frame of every page: header with navigation and search, main content, no inline script or style.</summary>
public static class PageLayout
{
    public static string Render(string title, HtmlBuilder body, string? query = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var page = new HtmlBuilder()
            .Markup("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Markup("<meta name=\"referrer\" content=\"no-referrer\">")
            .Element("title", title + " · NewsTrace")
            .Markup("<link rel=\"stylesheet\" href=\"/static/site.css\">")
            .Markup("</head><body>")
            .Markup("<a class=\"skip\" href=\"#main\">Skip to content</a>")
            .Markup("<header class=\"site\"><nav aria-label=\"Site\"><a class=\"brand\" href=\"/\">NewsTrace</a>")
            .Markup("<a href=\"/\">Stories</a><a href=\"/upload\">Upload</a><a href=\"/openapi/v1.json\">API</a></nav>")
            .Markup("<form class=\"search\" role=\"search\" action=\"/search\" method=\"get\">")
            .Markup("<label for=\"site-search\" class=\"visually-hidden\">Search articles</label>")
            .Open("input", ("id", "site-search"), ("type", "search"), ("name", "q"), ("value", query), ("placeholder", "Search articles"))
            .Markup("<button type=\"submit\">Search</button></form></header>")
            .Markup("<main id=\"main\" tabindex=\"-1\">")
            .Markup(body.ToString())
            .Markup("</main><footer class=\"site\"><p>NewsTrace · offsets are UTF-16 code units into each article's text</p></footer>")
            .Markup("</body></html>");
        return page.ToString();
    }
}
