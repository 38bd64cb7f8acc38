namespace NewsTrace.Ingest;

/// <summary>A file found by a directory walk, or a path that could not be walked with the reason.</summary>
internal readonly record struct WalkedPath(string Path, string? Error = null);
