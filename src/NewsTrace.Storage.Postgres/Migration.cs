namespace NewsTrace.Storage.Postgres;

/// <summary>One numbered schema change, loaded from an embedded <c>Migrations/NNNN_name.sql</c> file.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
