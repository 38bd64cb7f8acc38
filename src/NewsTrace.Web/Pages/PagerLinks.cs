using System.Globalization;
using NewsTrace.Web.Html;

namespace NewsTrace.Web.Pages;

/// <summary>Previous/next links that keep the current filters.</summary>
public static class PagerLinks
{
    public static void Render(HtmlBuilder html, string path, StoryFilter filter, Paging paging, int total)
        => Render(html, path, [("words", filter?.Words), ("site", filter?.Site), ("from", filter?.From), ("to", filter?.To)], paging, total);

    public static void Render(HtmlBuilder html, string path, IReadOnlyList<(string Name, string? Value)> parameters, Paging paging, int total)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(parameters);
        var hasPrevious = paging.Offset > 0;
        var hasNext = paging.Offset + paging.Limit < total;
        if (!hasPrevious && !hasNext)
        {
            return;
        }

        html.Markup("<nav class=\"pager\" aria-label=\"Pages\">");
        if (hasPrevious)
        {
            html.Link(Url(path, parameters, Math.Max(0, paging.Offset - paging.Limit), paging.Limit), "← Previous");
        }

        html.Open("span").Number(paging.Offset + 1).Markup("–").Number(Math.Min(total, paging.Offset + paging.Limit)).Markup(" of ").Number(total).Close("span");
        if (hasNext)
        {
            html.Link(Url(path, parameters, paging.Offset + paging.Limit, paging.Limit), "Next →");
        }

        html.Markup("</nav>");
    }

    private static string Url(string path, IReadOnlyList<(string Name, string? Value)> parameters, int offset, int limit)
    {
        var query = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!))
            .Append(string.Create(CultureInfo.InvariantCulture, $"offset={offset}"))
            .Append(string.Create(CultureInfo.InvariantCulture, $"limit={limit}"));
        return path + "?" + string.Join('&', query);
    }
}
