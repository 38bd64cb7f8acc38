using NewsTrace.Ingest;

namespace NewsTrace.Cli;

/// <summary>How the user asked inputs to be read.</summary>
internal sealed record InputSettings(InputFormat Format, string? Map, long MaxBytes);
