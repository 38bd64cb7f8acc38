using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace NewsTrace.Storage.Sqlite;

/// <summary>Persisted LSH: fingerprints and band keys of stored articles (migration 0004).</summary>
public sealed partial class SqliteArticleStore : IFingerprintStore
{
    public async Task WriteFingerprintsAsync(IReadOnlyList<ArticleFingerprint> fingerprints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fingerprints);
        if (fingerprints.Count == 0)
        {
            return;
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var writer = RequireWriter();
            await using var transaction = writer.BeginTransaction(deferred: false);
            var schemeIds = new Dictionary<string, long>(StringComparer.Ordinal);
            using var previous = Command(writer, transaction, "SELECT band_keys FROM fingerprints WHERE article_id = $article AND scheme_id = $scheme", "$article", "$scheme");
            using var upsert = Command(writer, transaction, """
                INSERT INTO fingerprints (article_id, scheme_id, content_hash, signature, band_keys) VALUES ($article, $scheme, $hash, $signature, $bands)
                ON CONFLICT (article_id, scheme_id) DO UPDATE SET content_hash = excluded.content_hash, signature = excluded.signature, band_keys = excluded.band_keys
                """, "$article", "$scheme", "$hash", "$signature", "$bands");
            using var band = Command(writer, transaction, """
                INSERT INTO fingerprint_band_pending (scheme_id, band, band_key, article_id) VALUES ($scheme, $band, $key, $article)
                """, "$scheme", "$band", "$key", "$article");
            foreach (var fingerprint in fingerprints)
            {
                if (!schemeIds.TryGetValue(fingerprint.Scheme, out var schemeId))
                {
                    schemeId = await SchemeIdAsync(writer, transaction, fingerprint.Scheme, cancellationToken);
                    schemeIds.Add(fingerprint.Scheme, schemeId);
                }

                previous.Parameters["$article"].Value = fingerprint.ArticleId;
                previous.Parameters["$scheme"].Value = schemeId;
                if (await previous.ExecuteScalarAsync(cancellationToken) is byte[] oldKeys)
                {
                    await RemoveBandsAsync(writer, transaction, fingerprint.ArticleId, schemeId, BandKeyBlob.Decode(oldKeys), cancellationToken);
                }

                upsert.Parameters["$article"].Value = fingerprint.ArticleId;
                upsert.Parameters["$scheme"].Value = schemeId;
                upsert.Parameters["$hash"].Value = unchecked((long)fingerprint.ContentHash);
                upsert.Parameters["$signature"].Value = MemoryMarshal.AsBytes(fingerprint.Signature.AsSpan()).ToArray();
                upsert.Parameters["$bands"].Value = BandKeyBlob.Encode(fingerprint.BandKeys.AsSpan());
                await upsert.ExecuteNonQueryAsync(cancellationToken);

                band.Parameters["$scheme"].Value = schemeId;
                band.Parameters["$article"].Value = fingerprint.ArticleId;
                for (var index = 0; index < fingerprint.BandKeys.Length; index++)
                {
                    band.Parameters["$band"].Value = index;
                    band.Parameters["$key"].Value = unchecked((long)fingerprint.BandKeys[index]);
                    await band.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await _bandRuns.FlushIfFullAsync(writer, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<IReadOnlyList<string>> FindCandidatesAsync(string scheme, IReadOnlyList<ulong> bandKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(bandKeys);
        var found = new List<string>();
        if (bandKeys.Count == 0)
        {
            return found;
        }

        await FlushPendingBandsAsync(cancellationToken);
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // One JSON array of keys: json_each gives each key with its band number (the array index). Each run is probed
        // with every key through the primary key (run, scheme, band, key); CROSS JOIN keeps that loop order.
        command.CommandText = """
            SELECT DISTINCT b.article_id
            FROM fingerprint_schemes AS s
            CROSS JOIN fingerprint_band_runs AS r
            CROSS JOIN json_each($keys) AS k
            CROSS JOIN fingerprint_band_entries AS b
            WHERE s.name = $scheme AND b.run_id = r.run_id AND b.scheme_id = s.id AND b.band = k.key AND b.band_key = k.value
            ORDER BY b.article_id
            """;
        command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(bandKeys.Select(key => unchecked((long)key))));
        command.Parameters.AddWithValue("$scheme", scheme);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }

    public async Task<ArticleFingerprint?> GetFingerprintAsync(string articleId, string scheme, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(scheme);
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT f.content_hash, f.signature, f.band_keys
            FROM fingerprints AS f JOIN fingerprint_schemes AS s ON s.id = f.scheme_id
            WHERE f.article_id = $article AND s.name = $scheme
            """;
        command.Parameters.AddWithValue("$article", articleId);
        command.Parameters.AddWithValue("$scheme", scheme);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var contentHash = unchecked((ulong)reader.GetInt64(0));
        ImmutableArray<uint> signature = [.. MemoryMarshal.Cast<byte, uint>((byte[])reader.GetValue(1))];
        var keys = reader.IsDBNull(2) ? [] : BandKeyBlob.Decode((byte[])reader.GetValue(2));
        return new ArticleFingerprint(articleId, scheme, contentHash, signature, keys);
    }

    /// <summary>
    /// Moves band rows still pending into a run, so lookups need probe only the runs. Cheap when nothing is pending (one
    /// read); otherwise it waits for the writer like any write.
    /// </summary>
    private async Task FlushPendingBandsAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await OpenReaderAsync(cancellationToken))
        {
            if (await FingerprintBandRuns.PendingRowsAsync(connection, null, cancellationToken) == 0)
            {
                return;
            }
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var writer = RequireWriter();
            await using var transaction = writer.BeginTransaction(deferred: false);
            await _bandRuns.FlushAsync(writer, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Deletes one article's band rows for one scheme from every run and from the pending rows.</summary>
    private static async Task RemoveBandsAsync(SqliteConnection writer, SqliteTransaction transaction, string articleId, long schemeId, ImmutableArray<ulong> bandKeys, CancellationToken cancellationToken)
    {
        await using var command = writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM fingerprint_band_entries
            WHERE (run_id, scheme_id, band, band_key, article_id) IN (
                SELECT r.run_id, $scheme, k.key, k.value, $article FROM fingerprint_band_runs AS r CROSS JOIN json_each($keys) AS k);
            DELETE FROM fingerprint_band_pending WHERE article_id = $article AND scheme_id = $scheme;
            """;
        command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(bandKeys.Select(key => unchecked((long)key))));
        command.Parameters.AddWithValue("$scheme", schemeId);
        command.Parameters.AddWithValue("$article", articleId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> SchemeIdAsync(SqliteConnection writer, SqliteTransaction transaction, string scheme, CancellationToken cancellationToken)
    {
        await using var command = writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO fingerprint_schemes (name) VALUES ($name) ON CONFLICT (name) DO NOTHING;
            SELECT id FROM fingerprint_schemes WHERE name = $name;
            """;
        command.Parameters.AddWithValue("$name", scheme);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
