namespace NewsTrace.Storage.Sqlite;

/// <summary>
/// The database was written by a newer NewsTrace: its schema has migrations this code does not know,
/// so reading or writing it could corrupt data the newer version relies on.
/// </summary>
public sealed class SchemaTooNewException : Exception
{
    public SchemaTooNewException()
        : base("The database schema is newer than this version of NewsTrace supports.")
    {
    }

    public SchemaTooNewException(string message)
        : base(message)
    {
    }

    public SchemaTooNewException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SchemaTooNewException(string path, int databaseVersion, int supportedVersion)
        : base($"The database '{path}' has schema version {databaseVersion}, but this version of NewsTrace supports schema versions up to {supportedVersion}. Upgrade NewsTrace to open it.")
    {
        DatabaseVersion = databaseVersion;
        SupportedVersion = supportedVersion;
    }

    public int DatabaseVersion { get; }

    public int SupportedVersion { get; }
}
