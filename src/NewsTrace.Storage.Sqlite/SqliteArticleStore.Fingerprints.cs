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
            using var clear = Command(writer, transaction, "DELETE FROM fingerprint_bands WHERE article_id = $article AND scheme_id = $scheme", "$article", "$scheme");
            using var upsert = Command(writer, transaction, """
                INSERT INTO fingerprints (article_id, scheme_id, content_hash, signature) VALUES ($article, $scheme, $hash, $signature)
                ON CONFLICT (article_id, scheme_id) DO UPDATE SET content_hash = excluded.content_hash, signature = excluded.signature
                """, "$article", "$scheme", "$hash", "$signature");
            using var band = Command(writer, transaction, """
                INSERT INTO fingerprint_bands (scheme_id, band, band_key, article_id) VALUES ($scheme, $band, $key, $article)
                ON CONFLICT DO NOTHING
                """, "$scheme", "$band", "$key", "$article");
            foreach (var fingerprint in fingerprints)
            {
                if (!schemeIds.TryGetValue(fingerprint.Scheme, out var schemeId))
                {
                    schemeId = await SchemeIdAsync(writer, transaction, fingerprint.Scheme, cancellationToken);
                    schemeIds.Add(fingerprint.Scheme, schemeId);
                }

                clear.Parameters["$article"].Value = fingerprint.ArticleId;
                clear.Parameters["$scheme"].Value = schemeId;
                await clear.ExecuteNonQueryAsync(cancellationToken);

                upsert.Parameters["$article"].Value = fingerprint.ArticleId;
                upsert.Parameters["$scheme"].Value = schemeId;
                upsert.Parameters["$hash"].Value = unchecked((long)fingerprint.ContentHash);
                upsert.Parameters["$signature"].Value = MemoryMarshal.AsBytes(fingerprint.Signature.AsSpan()).ToArray();
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

        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // One JSON array of keys: json_each gives each key with its band number (the array index).
        command.CommandText = """
            SELECT DISTINCT b.article_id
            FROM json_each($keys) AS k
            JOIN fingerprint_schemes AS s ON s.name = $scheme
            JOIN fingerprint_bands AS b ON b.scheme_id = s.id AND b.band = k.key AND b.band_key = k.value
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
            SELECT f.content_hash, f.signature, s.id
            FROM fingerprints AS f JOIN fingerprint_schemes AS s ON s.id = f.scheme_id
            WHERE f.article_id = $article AND s.name = $scheme
            """;
        command.Parameters.AddWithValue("$article", articleId);
        command.Parameters.AddWithValue("$scheme", scheme);
        ulong contentHash;
        ImmutableArray<uint> signature;
        long schemeId;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            contentHash = unchecked((ulong)reader.GetInt64(0));
            signature = [.. MemoryMarshal.Cast<byte, uint>((byte[])reader.GetValue(1))];
            schemeId = reader.GetInt64(2);
        }

        await using var bands = connection.CreateCommand();
        bands.CommandText = "SELECT band_key FROM fingerprint_bands WHERE article_id = $article AND scheme_id = $scheme ORDER BY band";
        bands.Parameters.AddWithValue("$article", articleId);
        bands.Parameters.AddWithValue("$scheme", schemeId);
        var keys = ImmutableArray.CreateBuilder<ulong>();
        await using (var reader = await bands.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add(unchecked((ulong)reader.GetInt64(0)));
            }
        }

        return new ArticleFingerprint(articleId, scheme, contentHash, signature, keys.ToImmutable());
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
