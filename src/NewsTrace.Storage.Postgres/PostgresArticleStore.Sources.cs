using System.Runtime.CompilerServices;
using Npgsql;

namespace NewsTrace.Storage.Postgres;

/// <summary>The sources of stored articles: every file or record that delivered an article's content.</summary>
public sealed partial class PostgresArticleStore
{
    public async Task RecordSourcesAsync(IReadOnlyList<ArticleSource> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
        {
            return;
        }

        RequireInitialized();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await RecordSourcesInAsync(connection, transaction, sources, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Records sources inside the caller's transaction (a worker's batch records them with its articles).</summary>
    internal static async Task RecordSourcesInAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ArticleSource> sources, CancellationToken cancellationToken)
    {
        if (sources.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);

        // DISTINCT ON: one statement may carry the same pair twice; the first record id given wins, as one by one.
        var record = new NpgsqlBatchCommand("""
            INSERT INTO article_sources (article_id, source, record_id)
            SELECT DISTINCT ON (article_id, source) article_id, source, record_id
            FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS given (article_id, source, record_id, ordinal)
            ORDER BY article_id, source, ordinal
            ON CONFLICT (article_id, source) DO NOTHING
            """);
        record.Parameters.AddWithValue(sources.Select(source => source.ArticleId).ToArray());
        record.Parameters.AddWithValue(sources.Select(source => source.Source).ToArray());
        record.Parameters.AddWithValue(sources.Select(source => source.RecordId).ToArray());
        batch.BatchCommands.Add(record);

        var clear = new NpgsqlBatchCommand("DELETE FROM ingest_failures WHERE source = ANY($1)");
        clear.Parameters.AddWithValue(sources.Select(source => source.Source).Distinct(StringComparer.Ordinal).ToArray());
        batch.BatchCommands.Add(clear);

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async IAsyncEnumerable<ArticleSource> ListSourcesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand("SELECT article_id, source, record_id FROM article_sources ORDER BY article_id, source");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new ArticleSource(reader.GetString(0), reader.GetString(1), ArticleRowReader.NullableString(reader, 2));
        }
    }
}
