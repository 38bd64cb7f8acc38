using NewsTrace.Web.Html;

namespace NewsTrace.Web.Pages;

/// <summary>A readable page for a missing story or article, or a failure.</summary>
public static class ErrorPage
{
    public static string Render(string title, string detail)
    {
        var html = new HtmlBuilder().Element("h1", title).Element("p", detail, ("class", "lede")).Markup("<p><a href=\"/\">Back to the stories</a></p>");
        return PageLayout.Render(title, html);
    }
}
