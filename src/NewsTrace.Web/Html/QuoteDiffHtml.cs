using System.Collections.Immutable;
using NewsTrace.Reuse.Diff;

namespace NewsTrace.Web.Html;

/// <summary>
/// A quote variant's words with its changes from the earliest wording marked: removed words in &lt;del&gt;, added ones
/// in &lt;ins&gt; (the HTML form of the CLI's wdiff-style markup). Text between words is the variant's own.
/// </summary>
public static class QuoteDiffHtml
{
    public static void Render(HtmlBuilder html, string earliest, string variant, ImmutableArray<DiffSegment> diff)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(earliest);
        ArgumentNullException.ThrowIfNull(variant);
        var cursor = 0;
        foreach (var segment in diff)
        {
            if (segment.Right.Start > cursor)
            {
                html.Text(variant, cursor, segment.Right.Start - cursor);
                cursor = segment.Right.Start;
            }

            switch (segment.Kind)
            {
                case DiffKind.Equal:
                    html.Text(variant, segment.Right.Start, segment.Right.Length);
                    break;
                case DiffKind.Delete:
                    html.Markup("<del>").Text(earliest, segment.Left.Start, segment.Left.Length).Markup("</del>");
                    break;
                case DiffKind.Insert:
                    html.Markup("<ins>").Text(variant, segment.Right.Start, segment.Right.Length).Markup("</ins>");
                    break;
                default:
                    html.Markup("<del>").Text(earliest, segment.Left.Start, segment.Left.Length).Markup("</del> <ins>")
                        .Text(variant, segment.Right.Start, segment.Right.Length).Markup("</ins>");
                    break;
            }

            cursor = Math.Max(cursor, segment.Right.End);
        }

        html.Text(variant, cursor, variant.Length - cursor);
    }
}
