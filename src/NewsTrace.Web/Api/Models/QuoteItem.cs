using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Api.Models;

/// <summary>One quotation as one article reports it; offsets index that article's text.</summary>
public sealed record QuoteItem(string ArticleId, string? Site, string? Published, string Text, string Kind, string? Speaker, string? Cue, int Start, int End)
{
    public static QuoteItem From(ArticleQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return new QuoteItem(quote.Article.Id, quote.Article.Site, quote.Article.Published, quote.Text, quote.Quote.Kind, quote.Quote.Speaker, quote.Quote.Cue, quote.Quote.Span.Start, quote.Quote.Span.End);
    }
}
