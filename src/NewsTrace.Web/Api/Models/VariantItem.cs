using NewsTrace.Quotes.Variants;

namespace NewsTrace.Web.Api.Models;

/// <summary>
/// One outlet's wording of a statement. <paramref name="Start"/>/<paramref name="End"/> index the article's text;
/// <paramref name="Marked"/> is the wording with its changes from the earliest as [-removed-]{+added+}.
/// </summary>
public sealed record VariantItem(string ArticleId, string Outlet, string? Published, string Kind, string Text, int Start, int End, bool Verbatim, string Marked)
{
    public static VariantItem From(QuoteVariant variant, string earliest)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var o = variant.Occurrence;
        return new VariantItem(o.ArticleId, o.Outlet, o.Published?.ToString(), o.Kind, o.Text, o.Span.Start, o.Span.End, variant.IsVerbatim, DiffMarkup.Mark(earliest, o.Text, variant.Diff));
    }
}
