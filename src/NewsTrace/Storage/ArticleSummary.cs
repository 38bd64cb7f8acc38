namespace NewsTrace.Storage;

/// <summary>One row of an article listing: enough to show a table without loading texts.</summary>
public sealed record ArticleSummary(
    string Id,
    string Source,
    string? RecordId,
    string? Title,
    string? Site,
    string? Url,
    string? Published,
    int Length,
    string TextHash);
