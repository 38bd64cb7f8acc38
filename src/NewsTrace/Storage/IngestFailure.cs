namespace NewsTrace.Storage;

/// <summary>An input that was not ingested, kept so the report can say what was lost and why.</summary>
/// <param name="Source">The file path or record ("path#n").</param>
/// <param name="Reason">The specific reason.</param>
/// <param name="At">When it failed (UTC).</param>
public sealed record IngestFailure(string Source, string Reason, DateTimeOffset At);
