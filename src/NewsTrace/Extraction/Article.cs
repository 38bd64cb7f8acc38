using System.Collections.Immutable;
using NewsTrace.Documents;

namespace NewsTrace.Extraction;

/// <summary>The clean text of one article and its metadata, as extraction found them.</summary>
public sealed record Article(string Text, ArticleMetadata Metadata)
{
    /// <summary>Reader comments found on the page, kept apart from the article text.</summary>
    public ImmutableArray<string> Comments { get; init; } = [];

    /// <summary>Problems that did not stop extraction (replaced bytes, guessed encoding).</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
