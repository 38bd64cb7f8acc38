using Microsoft.Data.Sqlite;

namespace NewsTrace.Storage.Sqlite;

/// <summary>A prepared statement that records one (article, source) pair; recording a pair twice is a no-op.</summary>
internal sealed class SourceCommand : IDisposable
{
    private readonly SqliteCommand _insert;

    public SourceCommand(SqliteConnection connection, SqliteTransaction transaction)
    {
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = """
            INSERT INTO article_sources (article_id, source, record_id) VALUES ($id, $source, $record)
            ON CONFLICT (article_id, source) DO NOTHING
            """;
        foreach (var name in new[] { "$id", "$source", "$record" })
        {
            _insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _insert.Prepare();
    }

    public async Task RecordAsync(ArticleSource source, CancellationToken cancellationToken)
    {
        _insert.Parameters["$id"].Value = source.ArticleId;
        _insert.Parameters["$source"].Value = source.Source;
        _insert.Parameters["$record"].Value = (object?)source.RecordId ?? DBNull.Value;
        await _insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _insert.Dispose();
}
