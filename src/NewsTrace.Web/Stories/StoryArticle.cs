using NewsTrace.Documents;
using NewsTrace.Storage;

namespace NewsTrace.Web.Stories;

/// <summary>One article of a story: its listing row, its stored record, and the document with its stored layers.</summary>
public sealed record StoryArticle(ArticleSummary Summary, StoredArticle Stored, Document Document);
