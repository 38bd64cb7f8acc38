using System.Globalization;
using NewsTrace.Web.Html;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Pages;

/// <summary>
/// The "Why these articles" panel of a story page: each article's score (mean similarity to the other articles), the
/// terms that make it, the entities and quotes it shares, and its reuse links inside the story. Plain server-rendered
/// HTML, no script, so it works under the app's content security policy.
/// </summary>
public static class StoryExplanationHtml
{
    public static void Render(HtmlBuilder html, StoryArticles story)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(story);
        html.Markup("<section id=\"why\" aria-labelledby=\"why-h\"><h2 id=\"why-h\">Why these articles</h2>");
        var explanations = story.Explanations.OrderByDescending(e => e.Score).ToList();
        if (explanations.Count < 2)
        {
            html.Element("p", "This story has one article; there is nothing to compare it with.", ("class", "empty"));
            html.Markup("</section>");
            return;
        }

        html.Element("p", "Score: how similar an article is to the others on average (the words story grouping uses, names and numbers weighing most). "
            + "The terms are those that make the score, largest share first; ×N: named or quoted by N other articles. A low score marks an article worth checking.", ("class", "hint"));
        html.Markup("<table class=\"why\"><thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Score</th><th scope=\"col\">Shared terms</th>")
            .Markup("<th scope=\"col\">Shared entities</th><th scope=\"col\">Reuse links</th><th scope=\"col\">Shared quotes</th></tr></thead><tbody>");
        var culture = CultureInfo.InvariantCulture;
        foreach (var explanation in explanations)
        {
            var article = story.Story.Articles.First(a => string.Equals(a.Id, explanation.ArticleId, StringComparison.Ordinal));
            html.Markup("<tr><td>").Link(Paths.Article(article.Id), article.Title ?? "(untitled)").Markup(" <span class=\"meta\">").Text(article.Site ?? "unknown site").Markup("</span></td>");
            html.Markup("<td>").Text(explanation.Score.ToString("0.00", culture)).Markup("</td><td>");
            html.Text(string.Join(", ", explanation.Terms.Take(6).Select(t => string.Create(culture, $"{t.Term} ({t.Weight:0.000})"))));
            html.Markup("</td><td>");
            for (var i = 0; i < Math.Min(4, explanation.Entities.Count); i++)
            {
                var entity = explanation.Entities[i];
                html.Markup(i == 0 ? "" : ", ").Link(Paths.Entity(entity.Name), entity.Name).Text(string.Create(culture, $" ×{entity.Articles}"));
            }

            html.Markup("</td><td>");
            for (var i = 0; i < explanation.ReuseLinks.Count; i++)
            {
                var link = explanation.ReuseLinks[i];
                html.Markup(i == 0 ? "" : ", ").Link(Paths.Diff(article.Id, link.ArticleId), Name(story, link.ArticleId)).Markup(" ").Element("span", link.Relation, ("class", "badge"));
            }

            html.Markup("</td><td>");
            for (var i = 0; i < Math.Min(2, explanation.Quotes.Count); i++)
            {
                var quote = explanation.Quotes[i];
                html.Markup(i == 0 ? "" : " ").Element("q", quote.Text.Length > 90 ? quote.Text[..90] + "…" : quote.Text).Text(string.Create(culture, $" ×{quote.Articles}"));
            }

            html.Markup("</td></tr>");
        }

        html.Markup("</tbody></table></section>");
    }

    private static string Name(StoryArticles story, string id)
        => story.Story.Articles.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal))?.Site ?? id[..Math.Min(8, id.Length)];
}
