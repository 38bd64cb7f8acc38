namespace NewsTrace.Storage.Sqlite;

/// <summary>How to open a SQLite store.</summary>
/// <param name="Path">The database file; created when missing.</param>
public sealed record SqliteStoreOptions(string Path)
{
    /// <summary>Pending LSH band rows that are flushed into a sorted run after a write (see migration 0011).</summary>
    public int FingerprintFlushRows { get; init; } = FingerprintBandRuns.DefaultFlushRows;

    /// <summary>Band runs of one level merged into one run of the next level.</summary>
    public int FingerprintRunFanout { get; init; } = FingerprintBandRuns.DefaultFanout;
}
