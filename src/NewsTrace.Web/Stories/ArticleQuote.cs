using NewsTrace.Quotes;
using NewsTrace.Storage;

namespace NewsTrace.Web.Stories;

/// <summary>A quotation as one article reports it, with the quoted words.</summary>
public sealed record ArticleQuote(ArticleSummary Article, Quotation Quote, string Text);
