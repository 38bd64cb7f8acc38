namespace NewsTrace.Storage.Postgres;

/// <summary>
/// The database was migrated by a newer NewsTrace: its schema has migrations this code does not know,
/// so reading or writing it could corrupt data the newer version relies on.
/// </summary>
public sealed class PostgresSchemaTooNewException : Exception
{
    public PostgresSchemaTooNewException()
        : base("The database schema is newer than this version of NewsTrace supports.")
    {
    }

    public PostgresSchemaTooNewException(string message)
        : base(message)
    {
    }

    public PostgresSchemaTooNewException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PostgresSchemaTooNewException(string schema, int databaseVersion, int supportedVersion)
        : base($"The PostgreSQL schema '{schema}' has NewsTrace schema version {databaseVersion}, but this version of NewsTrace supports schema versions up to {supportedVersion}. Upgrade NewsTrace to open it.")
    {
        DatabaseVersion = databaseVersion;
        SupportedVersion = supportedVersion;
    }

    public int DatabaseVersion { get; }

    public int SupportedVersion { get; }
}
