namespace NewsTrace.Storage.Postgres;

/// <summary>How to open a PostgreSQL store.</summary>
/// <param name="ConnectionString">
/// An Npgsql connection string ("Host=db;Database=news;Username=…") or a URL
/// ("postgres://user:password@host:5432/news?sslmode=require"); see <see cref="PostgresConnectionString.Normalize"/>.
/// </param>
public sealed record PostgresStoreOptions(string ConnectionString)
{
    /// <summary>
    /// The schema the store's tables live in, created when missing; a lower-case identifier. When null, the first
    /// schema of the connection string's <c>Search Path</c> is used, else the server's default (usually <c>public</c>).
    /// Separate schemas keep separate corpora in one database.
    /// </summary>
    public string? Schema { get; init; }
}
