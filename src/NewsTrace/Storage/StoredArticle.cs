using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Pipeline;

namespace NewsTrace.Storage;

/// <summary>Everything the store keeps about one article.</summary>
/// <param name="Id">The content-derived document id.</param>
/// <param name="Metadata">Source, url, title, authors, dates, site, language, credits and extra fields.</param>
/// <param name="Text">The extracted text; every stored span indexes it.</param>
/// <param name="TextHash">Hash of the normalised text: equal hashes are exact copies.</param>
/// <param name="AnalysisJson">The analysis layers as one JSON object (the analyze contract: sentences, entities, quotes, timexes).</param>
public sealed record StoredArticle(
    string Id,
    ArticleMetadata Metadata,
    string Text,
    string TextHash,
    string AnalysisJson)
{
    public ImmutableArray<string> Comments { get; init; } = [];

    public ImmutableArray<string> Warnings { get; init; } = [];

    public ImmutableArray<StageFailure> StageFailures { get; init; } = [];
}
