namespace NewsTrace.Storage;

/// <summary>
/// One place an article's content came from. Identical content under two file names has one id (ingesting the same
/// bytes twice is a no-op) but two sources, and both are kept: a reprint at another address is evidence.
/// </summary>
/// <param name="ArticleId">The stored article.</param>
/// <param name="Source">The file path or "path#n" record.</param>
/// <param name="RecordId">The record's own id, when the container gave one.</param>
public sealed record ArticleSource(string ArticleId, string Source, string? RecordId)
{
    /// <summary>How listings name this source: the record id when there is one, else the path.</summary>
    public string Reference => RecordId ?? Source;
}
