using NewsTrace.Storage.Sqlite;

namespace NewsTrace.Storage.Tests.Sqlite;

/// <summary>
/// The SQLite band index as sorted runs (migration 0011): with tiny flush and merge sizes, many batches, replaced
/// fingerprints and lookups in between must give what one in-memory index of the latest fingerprints gives.
/// </summary>
public sealed class SqliteFingerprintRunTests : IDisposable
{
    private const string Scheme = "runs-test";
    private const string OtherScheme = "runs-test-other";

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(7, 5, 2)]
    [InlineData(11, 12, 3)]
    [InlineData(23, 1, 2)]
    public async Task Lookups_over_flushed_and_merged_runs_match_an_index_of_the_latest_fingerprints(int seed, int flushRows, int fanout)
    {
        var path = _directory.NewDatabasePath();
        await using var store = new SqliteArticleStore(new SqliteStoreOptions(path) { FingerprintFlushRows = flushRows, FingerprintRunFanout = fanout });
        await store.InitializeAsync();
        var random = new Random(seed);
        var latest = new Dictionary<(string Article, string Scheme), ulong[]>();

        for (var batch = 0; batch < 40; batch++)
        {
            var fingerprints = new List<ArticleFingerprint>();
            for (var i = random.Next(1, 5); i > 0; i--)
            {
                // Few articles and a tiny key space, so articles are rewritten and keys collide often.
                var article = $"a{random.Next(30):00}";
                var scheme = random.Next(4) == 0 ? OtherScheme : Scheme;
                var keys = RandomKeys(random);
                fingerprints.Add(new ArticleFingerprint(article, scheme, (ulong)batch, [1u, 2u], [.. keys]));
            }

            fingerprints = [.. fingerprints.DistinctBy(f => (f.ArticleId, f.Scheme))];
            await store.WriteFingerprintsAsync(fingerprints);
            foreach (var fingerprint in fingerprints)
            {
                latest[(fingerprint.ArticleId, fingerprint.Scheme)] = [.. fingerprint.BandKeys];
            }

            if (batch % 3 == 0)
            {
                await AssertLookupsMatchAsync(store, latest, random);
            }
        }

        await AssertLookupsMatchAsync(store, latest, random);
        foreach (var ((article, scheme), keys) in latest)
        {
            Assert.Equal(keys, (await store.GetFingerprintAsync(article, scheme))!.BandKeys.ToArray());
        }

        // Merges keep the number of runs logarithmic: fewer than the fanout at each level.
        var runs = RawSqlite.Count(path, "fingerprint_band_runs");
        var levels = (long)RawSqlite.Scalar(path, "SELECT coalesce(max(level), 0) + 1 FROM fingerprint_band_runs")!;
        Assert.True(runs <= levels * (fanout - 1), $"{runs} runs over {levels} levels with fanout {fanout}");
        Assert.Equal(0L, RawSqlite.Count(path, "fingerprint_band_pending"));
        Assert.Equal(0L, RawSqlite.Scalar(path, "SELECT count(*) FROM fingerprint_band_entries WHERE run_id NOT IN (SELECT run_id FROM fingerprint_band_runs)"));
    }

    [Fact]
    public async Task A_store_written_before_the_runs_migration_keeps_its_band_index()
    {
        var path = _directory.NewDatabasePath();
        await (await SqliteArticleStore.OpenAsync(path)).DisposeAsync();
        // Put the database back to the schema before migration 11, with one article's bands in the old table.
        RawSqlite.Execute(path, """
            DROP TABLE fingerprint_band_runs;
            DROP TABLE fingerprint_band_entries;
            DROP TABLE fingerprint_band_pending;
            ALTER TABLE fingerprints DROP COLUMN band_keys;
            CREATE TABLE fingerprint_bands (scheme_id INTEGER NOT NULL, band INTEGER NOT NULL, band_key INTEGER NOT NULL, article_id TEXT NOT NULL,
                PRIMARY KEY (scheme_id, band, band_key, article_id)) WITHOUT ROWID;
            INSERT INTO fingerprint_schemes (id, name) VALUES (1, 'runs-test');
            INSERT INTO fingerprints (article_id, scheme_id, content_hash, signature) VALUES ('old', 1, 5, x'0100000002000000');
            INSERT INTO fingerprint_bands VALUES (1, 1, -1, 'old'), (1, 0, 42, 'old');
            DELETE FROM schema_migrations WHERE version = 11;
            """);

        await using var store = await SqliteArticleStore.OpenAsync(path);

        var fingerprint = await store.GetFingerprintAsync("old", Scheme);
        Assert.NotNull(fingerprint);
        Assert.Equal([42UL, ulong.MaxValue], fingerprint.BandKeys.ToArray());
        Assert.Equal(["old"], await store.FindCandidatesAsync(Scheme, [0UL, ulong.MaxValue]));
        Assert.Empty(await store.FindCandidatesAsync(Scheme, [ulong.MaxValue, 0UL]));
    }

    private static ulong[] RandomKeys(Random random)
        => [.. Enumerable.Range(0, 4).Select(_ => (uint)random.Next(6) + (random.Next(2) == 0 ? 0x8000000000000000UL : 0UL))];

    private static async Task AssertLookupsMatchAsync(SqliteArticleStore store, Dictionary<(string Article, string Scheme), ulong[]> latest, Random random)
    {
        for (var query = 0; query < 6; query++)
        {
            var scheme = query % 3 == 0 ? OtherScheme : Scheme;
            var keys = RandomKeys(random);
            var expected = latest
                .Where(entry => entry.Key.Scheme == scheme && entry.Value.Select((key, band) => key == keys[band]).Any(match => match))
                .Select(entry => entry.Key.Article)
                .Order(StringComparer.Ordinal)
                .ToList();

            Assert.Equal(expected, await store.FindCandidatesAsync(scheme, keys));
        }
    }
}
