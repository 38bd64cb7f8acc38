using NewsTrace.Storage;

namespace NewsTrace.Stories.Incremental;

/// <summary>A stored article not in the story index yet, with its text (read once, reduced to term counts).</summary>
public sealed record UnassignedArticle(ArticleSummary Article, string Text);
