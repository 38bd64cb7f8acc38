using NewsTrace.Storage.Postgres;
using Npgsql;

namespace NewsTrace.Storage.Tests.Postgres;

/// <summary>Migrations and schemas on a real server: what the contract suite cannot see through the interface.</summary>
[RequiresPostgres]
public sealed class PostgresSchemaTests : IAsyncLifetime
{
    private readonly string _schema = PostgresTestServer.NewSchemaName();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => PostgresSchemas.DropAsync([_schema]);

    [Fact]
    public async Task Migrations_apply_once_and_are_recorded_in_the_named_schema()
    {
        await (await OpenAsync()).DisposeAsync();
        var first = await MigrationsAsync();
        await (await OpenAsync()).DisposeAsync();

        // Numbers may skip (features reserve theirs when they start), but each is applied once, in order, up to the newest.
        var versions = first.Select(m => m.Version).ToList();
        Assert.Equal(versions.Distinct().Order(), versions);
        Assert.Equal(1, versions[0]);
        Assert.Equal(PostgresArticleStore.SupportedSchemaVersion, versions[^1]);
        Assert.Equal("initial", first[0].Name);
        Assert.Equal(first, await MigrationsAsync());
    }

    [Fact]
    public async Task Workers_starting_at_once_on_a_new_schema_migrate_it_once_and_all_open()
    {
        var openers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => OpenAsync())).ToArray();

        var stores = await Task.WhenAll(openers);
        foreach (var store in stores)
        {
            Assert.Equal(0, (await store.GetStatisticsAsync()).Articles);
            await store.DisposeAsync();
        }

        var applied = (await MigrationsAsync()).Select(m => m.Version).ToList();
        Assert.Equal(applied.Distinct().Count(), applied.Count);
        Assert.Equal(PostgresArticleStore.SupportedSchemaVersion, applied.Max());
    }

    [Fact]
    public async Task A_schema_migrated_by_a_newer_version_is_refused()
    {
        await (await OpenAsync()).DisposeAsync();
        await ExecuteAsync($"INSERT INTO \"{_schema}\".schema_migrations (version, name) VALUES (9999, 'from_the_future')");

        var error = await Assert.ThrowsAsync<PostgresSchemaTooNewException>(OpenAsync);

        Assert.Equal(9999, error.DatabaseVersion);
        Assert.Contains(_schema, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_can_come_from_the_connection_string_search_path()
    {
        var connection = new NpgsqlConnectionStringBuilder(PostgresTestServer.RequiredConnectionString) { SearchPath = _schema }.ConnectionString;
        await using (var store = await PostgresArticleStore.OpenAsync(new PostgresStoreOptions(connection)))
        {
            Assert.Equal(_schema, store.Schema);
            await store.WriteBatchAsync([Contract.TestArticles.Create("Kept in its own schema.")], []);
        }

        await using var reopened = await OpenAsync();
        Assert.Equal(1, (await reopened.GetStatisticsAsync()).Articles);
    }

    [Fact]
    public void A_schema_name_that_would_need_quoting_is_refused()
        => Assert.Throws<ArgumentException>(() => new PostgresArticleStore(
            new PostgresStoreOptions("Host=localhost") { Schema = "News; DROP TABLE articles" }));

    [Fact]
    public async Task Calls_before_initialisation_are_refused()
    {
        await using var store = new PostgresArticleStore(new PostgresStoreOptions(PostgresTestServer.RequiredConnectionString) { Schema = _schema });

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.GetStatisticsAsync());
    }

    private Task<PostgresArticleStore> OpenAsync()
        => PostgresArticleStore.OpenAsync(new PostgresStoreOptions(PostgresTestServer.RequiredConnectionString) { Schema = _schema });

    private async Task<List<(int Version, string Name)>> MigrationsAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(PostgresTestServer.RequiredConnectionString);
        await using var command = dataSource.CreateCommand($"SELECT version, name FROM \"{_schema}\".schema_migrations ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        var migrations = new List<(int, string)>();
        while (await reader.ReadAsync())
        {
            migrations.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        return migrations;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(PostgresTestServer.RequiredConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
