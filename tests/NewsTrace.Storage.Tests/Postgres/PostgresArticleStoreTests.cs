using NewsTrace.Storage.Postgres;
using NewsTrace.Storage.Tests.Contract;

namespace NewsTrace.Storage.Tests.Postgres;

/// <summary>
/// The PostgreSQL store against the shared store contract. Each store lives in a schema of its own in the test
/// database, dropped after the test, so every test starts from an empty store and tests can run side by side.
/// </summary>
[RequiresPostgres]
public sealed class PostgresArticleStoreTests : ArticleStoreContractTests, IDisposable
{
    private readonly List<string> _schemas = [];

    protected override async Task<IArticleStore> CreateEmptyStoreAsync()
    {
        var schema = PostgresTestServer.NewSchemaName();
        _schemas.Add(schema);
        return await PostgresArticleStore.OpenAsync(new PostgresStoreOptions(PostgresTestServer.RequiredConnectionString) { Schema = schema });
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await PostgresSchemas.DropAsync(_schemas);
        _schemas.Clear();
    }

    // FsCheck runs a [Property] without xunit's async disposal, only Dispose: the schema its shared store used goes here.
    public void Dispose() => PostgresSchemas.DropAsync(_schemas).GetAwaiter().GetResult();
}
