using NewsTrace.Quotes.Variants;

namespace NewsTrace.Web.Html;

/// <summary>One quoted statement: the earliest wording, the outlets that ran it, and each changed wording with its diff.</summary>
public static class StatementHtml
{
    public static void Render(HtmlBuilder html, QuoteStatement statement)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(statement);
        var earliest = statement.Variants[0].Occurrence;
        html.Markup("<li class=\"statement\"><blockquote>").Text(statement.Text).Markup("</blockquote><p class=\"meta\">").Text(earliest.Kind).Markup(" · ");
        var outlets = statement.Variants.DistinctBy(v => v.Occurrence.ArticleId, StringComparer.Ordinal).ToList();
        for (var i = 0; i < outlets.Count; i++)
        {
            var occurrence = outlets[i].Occurrence;
            html.Markup(i == 0 ? "" : ", ").Link(Paths.Article(occurrence.ArticleId), occurrence.Outlet);
        }

        html.Markup("</p>");
        var changed = statement.Variants.Where(v => !v.IsVerbatim).ToList();
        if (changed.Count > 0)
        {
            html.Markup("<ul class=\"variants\">");
            foreach (var variant in changed)
            {
                var occurrence = variant.Occurrence;
                html.Markup("<li><span class=\"outlet\">").Text(occurrence.Outlet).Markup("</span> <span class=\"meta\">")
                    .Text(Dates.Display(occurrence.Published?.ToString())).Markup("</span>: ");
                html.Markup("<q class=\"variant\">");
                QuoteDiffHtml.Render(html, statement.Variants[0].Occurrence.Text, occurrence.Text, variant.Diff);
                html.Markup("</q></li>");
            }

            html.Markup("</ul>");
        }

        html.Markup("</li>");
    }
}
