using NewsTrace.Reuse;
using NewsTrace.Reuse.Provenance;
using NewsTrace.Web.Html;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Pages;

/// <summary>
/// One story: summary, publication timeline, quotes by speaker, provenance graph, discrepancies, entities and the
/// articles by outlet. Each section shows what the store's layers and the corpus steps that exist can tell.
/// </summary>
public static class StoryPage
{
    public static string Render(StoryArticles story, string? notice)
    {
        ArgumentNullException.ThrowIfNull(story);
        var html = new HtmlBuilder();
        RenderSummary(html, story, notice);
        html.Markup("<nav class=\"toc\" aria-label=\"Sections\"><a href=\"#why\">Why these articles</a><a href=\"#timeline\">Timeline</a><a href=\"#quotes\">Quotes</a><a href=\"#provenance\">Provenance</a><a href=\"#discrepancies\">Discrepancies</a><a href=\"#entities\">Entities</a><a href=\"#articles\">Articles</a></nav>");
        StoryExplanationHtml.Render(html, story);
        RenderTimeline(html, story);
        RenderQuotes(html, story);
        RenderProvenance(html, story);
        RenderDiscrepancies(html, story);
        RenderEntities(html, story);
        RenderArticles(html, story);
        return PageLayout.Render(story.Story.Title ?? "Story", html);
    }

    private static void RenderSummary(HtmlBuilder html, StoryArticles story, string? notice)
    {
        var (first, last) = StoryIndex.DateSpan(story.Story);
        html.Element("h1", story.Story.Title ?? "(untitled story)");
        html.Markup("<dl class=\"summary\">");
        var summary = story.Summary;
        html.Markup("<dt>Articles</dt><dd>").Number(story.Story.Articles.Count).Markup(", ").Number(summary.IndependentReports)
            .Markup(summary.IndependentReports == 1 ? " independent report" : " independent reports").Markup("</dd>");
        if (summary.KeyEntities.Count > 0)
        {
            html.Markup("<dt>Key entities</dt><dd>");
            for (var i = 0; i < summary.KeyEntities.Count; i++)
            {
                html.Markup(i == 0 ? "" : ", ").Link(Paths.Entity(summary.KeyEntities[i].Name), summary.KeyEntities[i].Name);
            }

            html.Markup("</dd>");
        }

        html.Markup("<dt>Published</dt><dd>").Text(first == last ? Dates.Display(first) : $"{Dates.Display(first)} – {Dates.Display(last)}").Markup("</dd>");
        html.Markup("<dt>Outlets</dt><dd>").Text(string.Join(", ", StoryIndex.Outlets(story.Story))).Markup("</dd>");
        html.Markup("<dt>Story id</dt><dd><code>").Text(story.Story.Id).Markup("</code></dd>");
        html.Markup("</dl>");
        if (summary.LeadSentences.Count > 0)
        {
            html.Markup("<blockquote class=\"lead\">");
            foreach (var sentence in summary.LeadSentences)
            {
                html.Element("p", sentence);
            }

            html.Markup("</blockquote>");
        }

        if (notice is not null)
        {
            html.Element("p", notice, ("class", "notice"));
        }
    }

    private static void RenderTimeline(HtmlBuilder html, StoryArticles story)
    {
        html.Markup("<section id=\"timeline\" aria-labelledby=\"timeline-h\"><h2 id=\"timeline-h\">Timeline</h2>");
        var events = story.Timeline.Events;
        if (events.IsEmpty)
        {
            html.Element("p", "No dated event was found in these articles.", ("class", "empty"));
        }
        else
        {
            html.Element("p", "What happened when, as the articles date it; each event lists the outlets that tell it.", ("class", "hint"));
            html.Markup("<ol class=\"timeline\">");
            foreach (var item in events)
            {
                html.Markup("<li>").Open("time", ("datetime", item.Date.Value)).Text(item.Date.Value).Close("time").Markup(" ").Text(item.Text);
                html.Markup(" <span class=\"meta\">");
                var sources = item.Sources.DistinctBy(s => s.ArticleId, StringComparer.Ordinal).ToList();
                for (var i = 0; i < sources.Count; i++)
                {
                    html.Markup(i == 0 ? "— " : ", ").Link(Paths.Article(sources[i].ArticleId), sources[i].Site ?? sources[i].Reference);
                }

                html.Markup("</span></li>");
            }

            html.Markup("</ol>");
        }

        html.Markup("<details class=\"published\"><summary>Publication order</summary><ol class=\"timeline\">");
        foreach (var article in story.Story.Articles)
        {
            html.Markup("<li>").Open("time", ("datetime", article.Published)).Text(Dates.Display(article.Published)).Close("time").Markup(" ");
            html.Element("span", article.Site ?? "unknown site", ("class", "outlet")).Markup(" ");
            html.Link(Paths.Article(article.Id), article.Title ?? "(untitled)").Markup("</li>");
        }

        html.Markup("</ol></details></section>");
    }

    private static void RenderQuotes(HtmlBuilder html, StoryArticles story)
    {
        html.Markup("<section id=\"quotes\" aria-labelledby=\"quotes-h\"><h2 id=\"quotes-h\">Quotes by speaker</h2>");
        html.Element("p", "Each statement once, with every outlet that quotes it; where an outlet's words differ from the earliest wording, the difference is marked.", ("class", "hint"));
        var speakers = story.Statements
            .GroupBy(s => s.Speaker ?? "", StringComparer.Ordinal)
            .OrderByDescending(g => g.Key.Length > 0)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (speakers.Count == 0)
        {
            html.Element("p", "No quotations were found in these articles.", ("class", "empty"));
        }

        for (var g = 0; g < speakers.Count; g++)
        {
            var speaker = speakers[g].Key;

            // The busiest speakers are open; the rest stay one line each until asked for, so the page stays scannable.
            html.Markup(g < 3 ? "<details class=\"speaker\" open><summary>" : "<details class=\"speaker\"><summary>");
            html.Text(speaker.Length == 0 ? "Unattributed" : speaker).Markup(" <span class=\"badge\">").Number(speakers[g].Count()).Markup("</span></summary>");
            if (speaker.Length > 0)
            {
                html.Markup("<p class=\"meta\">").Link(Paths.Entity(speaker), "Everything about " + speaker).Markup("</p>");
            }

            html.Markup("<ul class=\"quotes\">");
            foreach (var statement in speakers[g])
            {
                StatementHtml.Render(html, statement);
            }

            html.Markup("</ul></details>");
        }

        html.Markup("</section>");
    }

    private static void RenderProvenance(HtmlBuilder html, StoryArticles story)
    {
        html.Markup("<section id=\"provenance\" aria-labelledby=\"provenance-h\"><h2 id=\"provenance-h\">Provenance</h2>");
        var edges = ProvenanceEdges(story);
        html.Element("p", edges.Count == 0
            ? "No article here reuses another's text. Each node is an article in publication order, one column per outlet."
            : "Arrows run from a source to the article that reused its text. Each node is an article in publication order, one column per outlet.", ("class", "hint"));
        html.Markup("<div class=\"graph\">");
        ProvenanceSvg.Render(html, story.Story.Articles, edges);
        html.Markup("</div>");
        if (edges.Count > 0)
        {
            html.Markup("<ul class=\"copies\">");
            foreach (var edge in edges)
            {
                html.Markup("<li>").Link(Paths.Diff(edge.From, edge.To), $"{Name(story, edge.To)} took from {Name(story, edge.From)}").Markup(" ")
                    .Element("span", edge.Relation, ("class", "badge")).Markup("</li>");
            }

            html.Markup("</ul>");
        }

        if (story.Provenance is { } graph)
        {
            var credits = graph.Edges.Where(e => e.Kind == ProvenanceEdgeKind.Credits).ToList();
            if (credits.Count > 0)
            {
                html.Markup("<p class=\"meta\">Credited sources: ");
                for (var c = 0; c < credits.Count; c++)
                {
                    var outside = graph.Node(credits[c].From);
                    var article = graph.Node(credits[c].To);
                    html.Markup(c == 0 ? "" : "; ").Text(outside?.Label ?? credits[c].From).Markup(" (credited by ").Text(article?.Label ?? credits[c].To).Markup(")");
                }

                html.Markup("</p>");
            }
        }

        html.Markup("</section>");
    }

    /// <summary>The reuse step's derived-from edges between the story's articles, else the exact copies (same text hash).</summary>
    private static List<GraphEdge> ProvenanceEdges(StoryArticles story)
    {
        if (story.Provenance is { } graph)
        {
            return graph.Edges
                .Where(e => e.Kind == ProvenanceEdgeKind.DerivedFrom)
                .Select(e => (From: graph.Node(e.From)?.ArticleId, To: graph.Node(e.To)?.ArticleId, Edge: e))
                .Where(e => e.From is not null && e.To is not null)
                .Select(e => new GraphEdge(e.From!, e.To!, e.Edge.Relation?.Name() ?? "derived"))
                .ToList();
        }

        return story.ExactCopies()
            .SelectMany(copies => copies.Skip(1).Select(copy => new GraphEdge(copies[0].Id, copy.Id, ReuseRelationNames.Identical)))
            .ToList();
    }

    private static void RenderDiscrepancies(HtmlBuilder html, StoryArticles story)
    {
        html.Markup("<section id=\"discrepancies\" aria-labelledby=\"discrepancies-h\"><h2 id=\"discrepancies-h\">Discrepancies</h2>");
        var changes = story.Reuse?.Discrepancies.ToList() ?? [];
        var anomalies = story.DateAnomalies();
        if (changes.Count == 0 && anomalies.Count == 0)
        {
            html.Element("p", "No changed facts between copies and no impossible or inconsistent dates were found.", ("class", "empty"));
        }

        if (changes.Count > 0)
        {
            html.Element("p", "Where an article that reused another changed a name, place, number, date or quotation.", ("class", "hint"));
            html.Markup("<ul class=\"discrepancies\">");
            foreach (var (_, _, discrepancy) in changes)
            {
                html.Markup("<li>").Element("span", discrepancy.Field.ToString().ToLowerInvariant(), ("class", "badge")).Markup(" ")
                    .Element("span", discrepancy.Severity.ToString().ToLowerInvariant(), ("class", "badge")).Markup(" ");
                html.Element("del", discrepancy.Original.Text).Markup(" → ").Element("ins", discrepancy.Changed.Text).Markup(" — ").Text(discrepancy.Explanation).Markup(" (");
                html.Link(Paths.Article(discrepancy.Original.ArticleId), Name(story, discrepancy.Original.ArticleId)).Markup(" → ")
                    .Link(Paths.Article(discrepancy.Changed.ArticleId), Name(story, discrepancy.Changed.ArticleId)).Markup(", ")
                    .Link(Paths.Diff(discrepancy.Original.ArticleId, discrepancy.Changed.ArticleId), "diff").Markup(")</li>");
            }

            html.Markup("</ul>");
        }

        if (anomalies.Count > 0)
        {
            html.Markup("<h3>Suspect dates</h3><ul class=\"discrepancies\">");
            foreach (var (article, text, message) in anomalies)
            {
                html.Markup("<li>").Element("q", text).Markup(": ").Text(message).Markup(" (");
                html.Link(Paths.Article(article.Id), article.Site ?? article.Title ?? article.Id).Markup(")</li>");
            }

            html.Markup("</ul>");
        }

        html.Markup("</section>");
    }

    private static void RenderEntities(HtmlBuilder html, StoryArticles story)
    {
        html.Markup("<section id=\"entities\" aria-labelledby=\"entities-h\"><h2 id=\"entities-h\">People, organisations and places</h2>");
        var entities = story.Entities().Take(40).ToList();
        if (entities.Count == 0)
        {
            html.Element("p", "No named entities were found.", ("class", "empty"));
        }
        else
        {
            html.Markup("<ul class=\"entities\">");
            foreach (var entity in entities)
            {
                html.Markup("<li>").Link(Paths.Entity(entity.Name), entity.Name, "entity-name").Markup(" ").Element("span", entity.Type, ("class", "badge"));
                html.Markup(" <span class=\"meta\">").Number(entity.Mentions).Markup(" mentions in ").Number(entity.Articles).Markup(entity.Articles == 1 ? " article" : " articles").Markup("</span></li>");
            }

            html.Markup("</ul>");
        }

        html.Markup("</section>");
    }

    private static void RenderArticles(HtmlBuilder html, StoryArticles story)
    {
        html.Markup("<section id=\"articles\" aria-labelledby=\"articles-h\"><h2 id=\"articles-h\">Articles by outlet</h2>");
        var earliest = story.Story.Articles[0];
        foreach (var outlet in story.Story.Articles.GroupBy(a => a.Site ?? "unknown site", StringComparer.Ordinal))
        {
            html.Element("h3", outlet.Key).Markup("<ul class=\"articles\">");
            foreach (var article in outlet)
            {
                html.Markup("<li>").Link(Paths.Article(article.Id), article.Title ?? "(untitled)").Markup(" <span class=\"meta\">").Text(Dates.Display(article.Published)).Markup("</span>");
                if (!string.Equals(article.Id, earliest.Id, StringComparison.Ordinal))
                {
                    html.Markup(" · ").Link(Paths.Diff(earliest.Id, article.Id), "diff with the earliest", "diff-link");
                }

                if (article.Url is not null)
                {
                    html.Markup(" · ").ExternalLink(article.Url, "original");
                }

                html.Markup("</li>");
            }

            html.Markup("</ul>");
        }

        html.Markup("</section>");
    }

    private static string Name(StoryArticles story, string id)
        => story.Story.Articles.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal)) is { } article
            ? $"{article.Site ?? "?"} ({Dates.Display(article.Published)})"
            : id;
}
