namespace NewsTrace.Pipeline;

/// <summary>A snapshot of a running ingest, for progress bars.</summary>
public sealed record IngestProgress(int Read, int Added, int AlreadyKnown, int Failed, long Bytes, TimeSpan Elapsed, string? CurrentSource);
