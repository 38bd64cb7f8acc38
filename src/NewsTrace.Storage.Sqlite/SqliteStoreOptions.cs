namespace NewsTrace.Storage.Sqlite;

/// <summary>How to open a SQLite store.</summary>
/// <param name="Path">The database file; created when missing.</param>
public sealed record SqliteStoreOptions(string Path);
