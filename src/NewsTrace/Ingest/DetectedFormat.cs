namespace NewsTrace.Ingest;

/// <summary>The outcome of format detection: a format to read with, or the reason the input is not supported.</summary>
/// <param name="Format">The format; meaningless when <paramref name="Unsupported"/> is set.</param>
/// <param name="Unsupported">Why the input cannot be read (for example an ARC archive), or null.</param>
internal readonly record struct DetectedFormat(InputFormat Format, string? Unsupported = null);
