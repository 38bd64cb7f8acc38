namespace NewsTrace.Ingest;

/// <summary>One thing an input reader yields: an input to extract, or a specific error for an input that cannot be read.</summary>
/// <param name="Source">The file path, "path#n" for the n-th record of a container file, or "-" for stdin.</param>
public abstract record IngestItem(string Source);
