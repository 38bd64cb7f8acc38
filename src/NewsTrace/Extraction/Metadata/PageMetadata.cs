using NewsTrace.Documents;

namespace NewsTrace.Extraction.Metadata;

/// <summary>What a page says about itself, before the container's metadata is merged in.</summary>
/// <param name="Metadata">Title, authors, date, site, canonical URL and language as found on the page.</param>
/// <param name="JsonLdBody">The articleBody of the page's JSON-LD, a fallback when the markup yields little text.</param>
public sealed record PageMetadata(ArticleMetadata Metadata, string? JsonLdBody);
