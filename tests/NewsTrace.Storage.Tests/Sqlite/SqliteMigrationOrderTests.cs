using NewsTrace.Storage.Sqlite;

namespace NewsTrace.Storage.Tests.Sqlite;

/// <summary>
/// Migration numbers are reserved by features in flight, so a database may have 0005 before 0004 exists in the build
/// that made it. Migrations are applied by version, not after the highest one applied.
/// </summary>
public sealed class SqliteMigrationOrderTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_migration_numbered_below_the_newest_applied_one_is_still_applied()
    {
        var path = _directory.NewDatabasePath();
        await (await SqliteArticleStore.OpenAsync(path)).DisposeAsync();
        // Make the database look as if migration 3 had not existed when it was created.
        RawSqlite.Execute(path, "ALTER TABLE articles DROP COLUMN modified; DELETE FROM schema_migrations WHERE version = 3");

        await (await SqliteArticleStore.OpenAsync(path)).DisposeAsync();

        Assert.Contains(RawSqlite.Migrations(path), m => m.Version == 3);
        Assert.Equal(1L, RawSqlite.Scalar(path, "SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'modified'"));
    }

    [Fact]
    public async Task The_entity_decisions_migration_is_recorded_and_its_table_exists()
    {
        var path = _directory.NewDatabasePath();
        await using (var store = await SqliteArticleStore.OpenAsync(path))
        {
            await store.AddEntityDecisionAsync(new EntityDecision(EntityDecisionKind.Merge, "DPRK", "North Korea"));
        }

        Assert.Contains(RawSqlite.Migrations(path), m => m.Version == 5 && m.Name == "entity_decisions");
        await using var reopened = await SqliteArticleStore.OpenAsync(path);
        var decision = Assert.Single(await ToListAsync(reopened.ListEntityDecisionsAsync()));
        Assert.Equal("North Korea", decision.Argument);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
