using System.Globalization;
using NewsTrace.Storage;

namespace NewsTrace.Web.Html;

/// <summary>
/// Draws articles as nodes in publication order (one row each, one column per outlet) and reuse as arrows from the
/// earlier article to the later one. Plain SVG elements with classes: no script, no style attribute, so the CSP holds.
/// </summary>
public static class ProvenanceSvg
{
    private const int RowHeight = 44;
    private const int ColumnWidth = 150;
    private const int Margin = 24;
    private const int Radius = 9;

    public static void Render(HtmlBuilder html, IReadOnlyList<ArticleSummary> articles, IReadOnlyList<GraphEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(edges);
        var outlets = articles.Select(a => a.Site ?? "?").Distinct(StringComparer.Ordinal).ToList();
        var positions = new Dictionary<string, (int X, int Y)>(StringComparer.Ordinal);
        for (var row = 0; row < articles.Count; row++)
        {
            var column = outlets.IndexOf(articles[row].Site ?? "?");
            positions[articles[row].Id] = (Margin + (column * ColumnWidth) + Radius, Margin + 20 + (row * RowHeight));
        }

        var width = (Margin * 2) + (outlets.Count * ColumnWidth);
        var height = Margin + 20 + (articles.Count * RowHeight);
        html.Open("svg", ("class", "provenance"), ("viewBox", Invariant($"0 0 {width} {height}")), ("role", "img"),
            ("aria-label", "Provenance graph: articles in publication order, arrows from source to copy"));
        html.Markup("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"arrowhead\"/></marker></defs>");
        for (var column = 0; column < outlets.Count; column++)
        {
            html.Open("text", ("class", "outlet"), ("x", Invariant($"{Margin + (column * ColumnWidth)}")), ("y", Invariant($"{Margin}"))).Text(Shorten(outlets[column], 17)).Close("text");
        }

        foreach (var edge in edges)
        {
            if (!positions.TryGetValue(edge.From, out var from) || !positions.TryGetValue(edge.To, out var to))
            {
                continue;
            }

            html.Open("line", ("class", "edge edge-" + RelationClass(edge.Relation)), ("x1", Invariant($"{from.X}")), ("y1", Invariant($"{from.Y + Radius}")),
                ("x2", Invariant($"{to.X}")), ("y2", Invariant($"{to.Y - Radius}")), ("marker-end", "url(#arrow)"));
            html.Element("title", edge.Relation).Close("line");
        }

        foreach (var article in articles)
        {
            var (x, y) = positions[article.Id];
            html.Open("a", ("href", Paths.Article(article.Id)));
            html.Open("circle", ("class", "node"), ("cx", Invariant($"{x}")), ("cy", Invariant($"{y}")), ("r", Invariant($"{Radius}"))).Close("circle");
            html.Open("text", ("class", "node-label"), ("x", Invariant($"{x + Radius + 4}")), ("y", Invariant($"{y + 4}")))
                .Text(Shorten(article.Published is { Length: >= 10 } p ? p[..10] : article.Published ?? "?", 16)).Close("text");
            html.Element("title", $"{article.Title} ({article.Site})").Close("a");
        }

        html.Close("svg");
    }

    /// <summary>Only known relation names become class names; anything else is drawn as "other".</summary>
    public static string RelationClass(string relation) => relation switch
    {
        "identical" or "near-copy" or "rewrite" or "partial" or "same-story" => relation,
        _ => "other",
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
