using NewsTrace.Ingest;

namespace NewsTrace.Pipeline;

/// <summary>An input whose id the store already has: it passes through the pipeline without any work.</summary>
internal sealed record KnownInput(string Source, string Id, string? RecordId, long Bytes) : IngestItem(Source);
