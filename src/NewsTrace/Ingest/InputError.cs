namespace NewsTrace.Ingest;

/// <summary>An input that could not be read, with a reason specific enough to act on.</summary>
public sealed record InputError(string Source, string Reason) : IngestItem(Source);
