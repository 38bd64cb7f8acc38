using System.Collections.Immutable;
using NewsTrace.Documents;

namespace NewsTrace.Ingest;

/// <summary>
/// One article's raw bytes, as read from disk or from a container record, before decoding and extraction.
/// </summary>
/// <param name="Source">See <see cref="IngestItem.Source"/>.</param>
/// <param name="Id">Stable id from the content hash (of the file, or of the record in a container).</param>
/// <param name="Content">The body: a page, text, or the text/html field of a record.</param>
/// <param name="Format">The concrete format of <paramref name="Content"/>: Html, Text or Plain (never Auto or a container format).</param>
/// <param name="DeclaredCharset">A charset the container declared (HTTP header, JSON is always UTF-8), or null.</param>
/// <param name="Metadata">Metadata the container gave (JSON Lines fields, feed item fields); the extractor fills the rest.</param>
public sealed record RawInput(
    string Source,
    string Id,
    ReadOnlyMemory<byte> Content,
    InputFormat Format,
    string? DeclaredCharset,
    ArticleMetadata Metadata) : IngestItem(Source)
{
    /// <summary>Problems that did not stop the read (for example replaced invalid bytes).</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>True when <see cref="Content"/> is already text from a JSON string (UTF-8, no sniffing needed).</summary>
    public bool IsDecodedText { get; init; }
}
