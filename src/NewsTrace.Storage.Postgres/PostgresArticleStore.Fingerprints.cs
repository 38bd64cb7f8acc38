using System.Buffers.Binary;
using System.Collections.Immutable;
using Npgsql;
using NpgsqlTypes;

namespace NewsTrace.Storage.Postgres;

/// <summary>Persisted LSH: fingerprints and band keys of stored articles (migration 0003).</summary>
public sealed partial class PostgresArticleStore : IFingerprintStore
{
    public async Task WriteFingerprintsAsync(IReadOnlyList<ArticleFingerprint> fingerprints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fingerprints);
        if (fingerprints.Count == 0)
        {
            return;
        }

        RequireInitialized();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await WriteFingerprintsInAsync(connection, transaction, fingerprints, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Writes fingerprints inside the caller's transaction (a worker's batch writes them with its articles).</summary>
    internal static async Task WriteFingerprintsInAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ArticleFingerprint> fingerprints, CancellationToken cancellationToken)
    {
        if (fingerprints.Count == 0)
        {
            return;
        }

        // One statement may not upsert a row twice: the last fingerprint of an (article, scheme) wins, as one by one.
        // Id order makes concurrent writers lock rows in the same order.
        var latest = new Dictionary<(string ArticleId, string Scheme), ArticleFingerprint>();
        foreach (var fingerprint in fingerprints)
        {
            latest[(fingerprint.ArticleId, fingerprint.Scheme)] = fingerprint;
        }

        var ordered = latest.Values
            .OrderBy(fingerprint => fingerprint.ArticleId, StringComparer.Ordinal)
            .ThenBy(fingerprint => fingerprint.Scheme, StringComparer.Ordinal)
            .ToArray();

        var schemeIds = await SchemeIdsAsync(connection, transaction, ordered.Select(fingerprint => fingerprint.Scheme).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken);
        var articleIds = ordered.Select(fingerprint => fingerprint.ArticleId).ToArray();
        var schemes = ordered.Select(fingerprint => schemeIds[fingerprint.Scheme]).ToArray();

        await using var batch = new NpgsqlBatch(connection, transaction);
        var clear = new NpgsqlBatchCommand("""
            DELETE FROM fingerprint_bands AS b
            USING unnest($1::text[], $2::integer[]) AS given (article_id, scheme_id)
            WHERE b.article_id = given.article_id AND b.scheme_id = given.scheme_id
            """);
        clear.Parameters.AddWithValue(articleIds);
        clear.Parameters.AddWithValue(schemes);
        batch.BatchCommands.Add(clear);

        var upsert = new NpgsqlBatchCommand("""
            INSERT INTO fingerprints (article_id, scheme_id, content_hash, signature)
            SELECT * FROM unnest($1::text[], $2::integer[], $3::bigint[], $4::bytea[])
            ON CONFLICT (article_id, scheme_id) DO UPDATE SET content_hash = excluded.content_hash, signature = excluded.signature
            """);
        upsert.Parameters.AddWithValue(articleIds);
        upsert.Parameters.AddWithValue(schemes);
        upsert.Parameters.AddWithValue(ordered.Select(fingerprint => unchecked((long)fingerprint.ContentHash)).ToArray());
        upsert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea, Value = ordered.Select(fingerprint => SignatureBytes(fingerprint.Signature)).ToArray() });
        batch.BatchCommands.Add(upsert);

        var bandSchemes = new List<int>();
        var bandNumbers = new List<int>();
        var bandKeys = new List<long>();
        var bandArticles = new List<string>();
        foreach (var fingerprint in ordered)
        {
            for (var band = 0; band < fingerprint.BandKeys.Length; band++)
            {
                bandSchemes.Add(schemeIds[fingerprint.Scheme]);
                bandNumbers.Add(band);
                bandKeys.Add(unchecked((long)fingerprint.BandKeys[band]));
                bandArticles.Add(fingerprint.ArticleId);
            }
        }

        var bands = new NpgsqlBatchCommand("""
            INSERT INTO fingerprint_bands (scheme_id, band, band_key, article_id)
            SELECT * FROM unnest($1::integer[], $2::integer[], $3::bigint[], $4::text[])
            ON CONFLICT DO NOTHING
            """);
        bands.Parameters.AddWithValue(bandSchemes.ToArray());
        bands.Parameters.AddWithValue(bandNumbers.ToArray());
        bands.Parameters.AddWithValue(bandKeys.ToArray());
        bands.Parameters.AddWithValue(bandArticles.ToArray());
        batch.BatchCommands.Add(bands);

        await batch.ExecuteNonQueryAsync(cancellationToken);
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

        // WITH ORDINALITY numbers the keys from 1; band numbers start at 0. One primary-key probe per band.
        await using var command = CreateCommand("""
            SELECT DISTINCT b.article_id
            FROM unnest($2::bigint[]) WITH ORDINALITY AS k (band_key, position)
            JOIN fingerprint_schemes AS s ON s.name = $1
            JOIN fingerprint_bands AS b ON b.scheme_id = s.id AND b.band = k.position - 1 AND b.band_key = k.band_key
            ORDER BY b.article_id
            """);
        command.Parameters.AddWithValue(scheme);
        command.Parameters.AddWithValue(bandKeys.Select(key => unchecked((long)key)).ToArray());
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
        await using var command = CreateCommand("""
            SELECT f.content_hash, f.signature,
                   ARRAY(SELECT b.band_key FROM fingerprint_bands AS b
                         WHERE b.article_id = f.article_id AND b.scheme_id = f.scheme_id ORDER BY b.band)
            FROM fingerprints AS f JOIN fingerprint_schemes AS s ON s.id = f.scheme_id
            WHERE f.article_id = $1 AND s.name = $2
            """);
        command.Parameters.AddWithValue(articleId);
        command.Parameters.AddWithValue(scheme);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var signatureBytes = reader.GetFieldValue<byte[]>(1);
        var signature = ImmutableArray.CreateBuilder<uint>(signatureBytes.Length / sizeof(uint));
        for (var offset = 0; offset + sizeof(uint) <= signatureBytes.Length; offset += sizeof(uint))
        {
            signature.Add(BinaryPrimitives.ReadUInt32LittleEndian(signatureBytes.AsSpan(offset)));
        }

        var keys = reader.GetFieldValue<long[]>(2).Select(key => unchecked((ulong)key)).ToImmutableArray();
        return new ArticleFingerprint(articleId, scheme, unchecked((ulong)reader.GetInt64(0)), signature.MoveToImmutable(), keys);
    }

    private static byte[] SignatureBytes(ImmutableArray<uint> signature)
    {
        var bytes = new byte[signature.Length * sizeof(uint)];
        for (var index = 0; index < signature.Length; index++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(index * sizeof(uint)), signature[index]);
        }

        return bytes;
    }

    /// <summary>The ids of the named schemes, creating those that are new (concurrent writers may race: both then read the one row).</summary>
    private static async Task<Dictionary<string, int>> SchemeIdsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string[] names, CancellationToken cancellationToken)
    {
        await using (var insert = new NpgsqlCommand("INSERT INTO fingerprint_schemes (name) SELECT unnest($1::text[]) ON CONFLICT (name) DO NOTHING", connection, transaction))
        {
            insert.Parameters.AddWithValue(names);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var select = new NpgsqlCommand("SELECT name, id FROM fingerprint_schemes WHERE name = ANY($1)", connection, transaction);
        select.Parameters.AddWithValue(names);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0), reader.GetInt32(1));
        }

        return ids;
    }
}
