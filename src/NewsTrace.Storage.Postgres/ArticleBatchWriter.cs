using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace NewsTrace.Storage.Postgres;

/// <summary>
/// Writes one batch inside the caller's transaction: failures by one multi-row upsert, then the articles by binary
/// COPY into a temporary staging table and one INSERT … SELECT … ON CONFLICT DO NOTHING from it. COPY is the
/// fastest way into PostgreSQL, and the staging table keeps the conflict handling (an id already stored is left
/// untouched, which makes reruns idempotent) in plain SQL. Rows are inserted in id order, so two workers writing
/// overlapping batches at once take their row locks in the same order and cannot deadlock.
/// </summary>
internal static class ArticleBatchWriter
{
    private const string StagingTable = "newstrace_batch";

    // The staging columns, in the order WriteRowAsync writes them (then the search vector's text); ordinal keeps the
    // batch order for "first one wins".
    private const string StagedColumns =
        "id, source, record_id, url, title, authors, published, published_day, modified, site, language, credits, extra, "
        + "text, text_hash, comments, warnings, stage_failures, analysis, length";

    /// <summary>Stores the batch; returns the ids of the articles that were new. <paramref name="useLz4"/>: the server compresses with lz4.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IReadOnlyList<StoredArticle> articles,
        IReadOnlyList<IngestFailure> failures,
        bool useLz4,
        CancellationToken cancellationToken)
    {
        await RecordFailuresAsync(connection, transaction, failures, cancellationToken);
        if (articles.Count == 0)
        {
            return [];
        }

        // Created from the real table with no rows, so its column types and collations follow the migrations. Values
        // keep the compression they got in the staging table when copied on, so staging must compress as the
        // articles table does (lz4 where the server has it; see 0001_initial.sql): a default pglz staging column would
        // make the server spend most of the batch compressing.
        await using (var create = new NpgsqlCommand(
            (useLz4 ? "SET LOCAL default_toast_compression = lz4; " : "")
                + $"CREATE TEMP TABLE {StagingTable} ON COMMIT DROP AS SELECT 0 AS ordinal, {StagedColumns}, ''::text AS search FROM articles WITH NO DATA",
            connection,
            transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var importer = await connection.BeginBinaryImportAsync(
            $"COPY {StagingTable} (ordinal, {StagedColumns}, search) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            for (var ordinal = 0; ordinal < articles.Count; ordinal++)
            {
                await WriteRowAsync(importer, ordinal, articles[ordinal], cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        var added = new List<string>(articles.Count);
        await using (var insert = new NpgsqlCommand(
            $"""
            INSERT INTO articles ({StagedColumns}, search, ingested_at)
            SELECT DISTINCT ON (id) {StagedColumns}, search::tsvector, now() FROM {StagingTable} ORDER BY id, ordinal
            ON CONFLICT (id) DO NOTHING
            RETURNING id
            """,
            connection,
            transaction))
        await using (var reader = await insert.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                added.Add(reader.GetString(0));
            }
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
            INSERT INTO article_sources (article_id, source, record_id)
            SELECT DISTINCT ON (id, source) id, source, record_id FROM {StagingTable} ORDER BY id, source, ordinal
            ON CONFLICT (article_id, source) DO NOTHING
            """));

        // Each source produced an article now (new or already known), so its earlier failures are history.
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"DELETE FROM ingest_failures WHERE source IN (SELECT source FROM {StagingTable})"));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return added;
    }

    /// <summary>
    /// Upserts the failures: the same (source, reason) seen again refreshes its time. One statement may not touch
    /// a row twice, so repeats inside the batch are collapsed first, the last one winning as it would one by one.
    /// </summary>
    private static async Task RecordFailuresAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<IngestFailure> failures, CancellationToken cancellationToken)
    {
        if (failures.Count == 0)
        {
            return;
        }

        var latest = new Dictionary<(string Source, string Reason), DateTimeOffset>();
        var order = new List<(string Source, string Reason)>();
        foreach (var failure in failures)
        {
            var key = (failure.Source, failure.Reason);
            if (!latest.ContainsKey(key))
            {
                order.Add(key);
            }

            latest[key] = failure.At;
        }

        await using var command = new NpgsqlCommand("""
            INSERT INTO ingest_failures (source, reason, at)
            SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[])
            ON CONFLICT (source, reason) DO UPDATE SET at = excluded.at
            """, connection, transaction);
        command.Parameters.AddWithValue(order.Select(key => key.Source).ToArray());
        command.Parameters.AddWithValue(order.Select(key => key.Reason).ToArray());

        // timestamptz takes UTC instants only: the offset a failure was recorded with is not part of the instant.
        command.Parameters.AddWithValue(order.Select(key => latest[key].ToUniversalTime()).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task WriteRowAsync(NpgsqlBinaryImporter importer, int ordinal, StoredArticle article, CancellationToken cancellationToken)
    {
        var metadata = article.Metadata;
        await importer.StartRowAsync(cancellationToken);
        await importer.WriteAsync(ordinal, NpgsqlDbType.Integer, cancellationToken);
        await WriteTextAsync(importer, article.Id, cancellationToken);
        await WriteTextAsync(importer, metadata.Source, cancellationToken);
        await WriteTextAsync(importer, metadata.RecordId, cancellationToken);
        await WriteTextAsync(importer, metadata.Url, cancellationToken);
        await WriteTextAsync(importer, metadata.Title, cancellationToken);
        await WriteListAsync(importer, metadata.Authors, cancellationToken);
        await WriteTextAsync(importer, metadata.Published?.ToString(), cancellationToken);
        await WriteTextAsync(importer, metadata.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cancellationToken);
        await WriteTextAsync(importer, metadata.Modified?.ToString(), cancellationToken);
        await WriteTextAsync(importer, metadata.Site, cancellationToken);
        await WriteTextAsync(importer, metadata.Language, cancellationToken);
        await WriteListAsync(importer, metadata.Credits, cancellationToken);
        await importer.WriteAsync(StoredColumnsJson.FromMap(metadata.Extra), NpgsqlDbType.Jsonb, cancellationToken);
        await WriteTextAsync(importer, article.Text, cancellationToken);
        await WriteTextAsync(importer, article.TextHash, cancellationToken);
        await WriteListAsync(importer, article.Comments, cancellationToken);
        await WriteListAsync(importer, article.Warnings, cancellationToken);
        await importer.WriteAsync(StoredColumnsJson.FromStageFailures(article.StageFailures), NpgsqlDbType.Jsonb, cancellationToken);
        await importer.WriteAsync(article.AnalysisJson, NpgsqlDbType.Json, cancellationToken);
        await importer.WriteAsync(article.Text.Length, NpgsqlDbType.Integer, cancellationToken);

        // The search vector travels as text and is cast on insert: Npgsql builds its tsvector type only by client-side parsing, which it deprecates.
        await importer.WriteAsync(TsVectorBuilder.Build(metadata.Title, article.Text), NpgsqlDbType.Text, cancellationToken);
    }

    private static async Task WriteTextAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await importer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await importer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
        }
    }

    private static Task WriteListAsync(NpgsqlBinaryImporter importer, System.Collections.Immutable.ImmutableArray<string> values, CancellationToken cancellationToken)
        => importer.WriteAsync(values.IsDefault ? [] : values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
}
