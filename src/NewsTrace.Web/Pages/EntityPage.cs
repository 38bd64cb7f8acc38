using NewsTrace.Entities.CrossDocument;
using NewsTrace.Quotes.Variants;
using NewsTrace.Web.Html;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Pages;

/// <summary>One canonical entity across the corpus: its names, what it is quoted as saying, and the articles that mention it.</summary>
public static class EntityPage
{
    public static string Render(CanonicalEntity entity, IReadOnlyList<QuoteStatement> statements, StoryIndex index)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(index);
        var html = new HtmlBuilder();
        html.Open("h1").Text(entity.Name).Markup(" ").Element("span", entity.Type, ("class", "badge")).Close("h1");
        html.Open("p", ("class", "lede")).Number(entity.MentionCount).Markup(entity.MentionCount == 1 ? " mention in " : " mentions in ")
            .Number(entity.ArticleCount).Markup(entity.ArticleCount == 1 ? " article." : " articles.").Close("p");
        html.Markup("<section aria-labelledby=\"names-h\"><h2 id=\"names-h\">Written as</h2><ul class=\"aliases\">");
        foreach (var alias in entity.Aliases)
        {
            html.Markup("<li>").Element("q", alias.Name).Markup(" <span class=\"meta\">").Text(alias.Kind.ToString().ToLowerInvariant()).Markup(" · ")
                .Number(alias.Count).Markup("×</span></li>");
        }

        html.Markup("</ul></section>");
        html.Markup("<section aria-labelledby=\"said-h\"><h2 id=\"said-h\">Quoted as saying</h2>");
        if (statements.Count == 0)
        {
            html.Element("p", "No quotation is attributed to this entity.", ("class", "empty"));
        }
        else
        {
            html.Markup("<ul class=\"quotes\">");
            foreach (var statement in statements)
            {
                StatementHtml.Render(html, statement);
            }

            html.Markup("</ul>");
        }

        html.Markup("</section><section aria-labelledby=\"mentions-h\"><h2 id=\"mentions-h\">Articles</h2><ul class=\"articles\">");
        foreach (var id in entity.ArticleIds)
        {
            var article = index.Article(id);
            html.Markup("<li>").Link(Paths.Article(id), article?.Title ?? id).Markup(" <span class=\"meta\">").Text(article?.Site ?? "unknown site")
                .Markup(" · ").Text(Dates.Display(article?.Published)).Markup("</span>");
            if (index.StoryOf(id) is { } story)
            {
                html.Markup(" · ").Link(Paths.Story(story.Id), "story");
            }

            html.Markup("</li>");
        }

        html.Markup("</ul></section>");
        return PageLayout.Render(entity.Name, html);
    }
}
