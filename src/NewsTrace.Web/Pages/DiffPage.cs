using NewsTrace.Reuse.Diff;
using NewsTrace.Storage;
using NewsTrace.Web.Html;

namespace NewsTrace.Web.Pages;

/// <summary>Two articles side by side with their word-level differences marked (deleted, inserted, replaced).</summary>
public static class DiffPage
{
    public static string Render(StoredArticle left, StoredArticle right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var segments = WordDiff.Compare(left.Text, right.Text);
        var equalWords = segments.Where(s => s.Kind == DiffKind.Equal).Sum(s => s.Left.Length);
        var html = new HtmlBuilder().Markup("<h1>Compare two articles</h1>");
        html.Open("p", ("class", "lede")).Text(Describe(left.Text.Length, right.Text.Length, equalWords)).Close("p");
        html.Markup("<p class=\"legend\"><del>only on the left</del> <ins>only on the right</ins> <span class=\"replaced\">worded differently</span></p>");
        html.Markup("<div class=\"diff\">");
        Column(html, left, segments, leftSide: true);
        Column(html, right, segments, leftSide: false);
        html.Markup("</div>");
        return PageLayout.Render("Diff", html);
    }

    private static string Describe(int leftLength, int rightLength, int equalCharacters)
    {
        var shorter = Math.Max(1, Math.Min(leftLength, rightLength));
        var share = Math.Min(100, equalCharacters * 100 / shorter);
        return $"About {share}% of the shorter text is word-for-word the same in both.";
    }

    private static void Column(HtmlBuilder html, StoredArticle article, IReadOnlyList<DiffSegment> segments, bool leftSide)
    {
        html.Markup(leftSide ? "<section class=\"diff-side\" aria-label=\"Left article\">" : "<section class=\"diff-side\" aria-label=\"Right article\">");
        html.Open("h2").Link(Paths.Article(article.Id), article.Metadata.Title ?? "(untitled)").Close("h2");
        html.Markup("<p class=\"meta\">").Text(article.Metadata.Site ?? "unknown site").Markup(" · ").Text(Dates.Display(article.Metadata.Published?.ToString())).Markup("</p>");
        html.Markup("<div class=\"text\">");
        var text = article.Text;
        var cursor = 0;
        foreach (var segment in segments)
        {
            var span = leftSide ? segment.Left : segment.Right;
            if (span.IsEmpty || span.Start < cursor)
            {
                continue;
            }

            html.Text(text, cursor, span.Start - cursor);
            var tag = segment.Kind switch
            {
                DiffKind.Equal => null,
                DiffKind.Replace => "span class=\"replaced\"",
                _ => leftSide ? "del" : "ins",
            };
            if (tag is null)
            {
                html.Text(text, span.Start, span.Length);
            }
            else
            {
                var closing = tag.StartsWith("span", StringComparison.Ordinal) ? "span" : tag;
                html.Markup("<").Markup(tag).Markup(">").Text(text, span.Start, span.Length).Close(closing);
            }

            cursor = span.End;
        }

        html.Text(text, cursor, text.Length - cursor);
        html.Markup("</div></section>");
    }
}
