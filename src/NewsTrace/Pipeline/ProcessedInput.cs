using System.Collections.Immutable;
using NewsTrace.Documents;

namespace NewsTrace.Pipeline;

/// <summary>The outcome for one input: an analysed document, a known id, or a specific error.</summary>
public sealed record ProcessedInput(string Source, ProcessedInputStatus Status)
{
    public string? Id { get; init; }

    /// <summary>The record's own id, for an input already known (the document carries it otherwise).</summary>
    public string? RecordId { get; init; }

    public Document? Document { get; init; }

    public ImmutableArray<string> Comments { get; init; } = [];

    public ImmutableArray<string> Warnings { get; init; } = [];

    public string? Error { get; init; }

    /// <summary>Bytes of input this covered, for rates and progress.</summary>
    public long Bytes { get; init; }

    public static ProcessedInput Failed(string source, string error, long bytes = 0) => new(source, ProcessedInputStatus.Failed) { Error = error, Bytes = bytes };
}
