using System.Collections.Immutable;

namespace NewsTrace.Extraction.Metadata;

/// <summary>What a page's JSON-LD says about its article (schema.org NewsArticle, Article, BlogPosting, …).</summary>
public sealed record JsonLdArticle
{
    public string? Headline { get; init; }

    public string? DatePublished { get; init; }

    public string? DateModified { get; init; }

    public ImmutableArray<string> Authors { get; init; } = [];

    public string? PublisherName { get; init; }

    public string? Url { get; init; }

    public string? ArticleBody { get; init; }

    public string? Language { get; init; }
}
