namespace NewsTrace.Storage.Tests.Sqlite;

/// <summary>A scratch directory for database files, deleted with everything in it when disposed.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newstrace-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A path for a new database file inside this directory.</summary>
    public string NewDatabasePath(string name = "store") => System.IO.Path.Combine(Path, $"{name}-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
