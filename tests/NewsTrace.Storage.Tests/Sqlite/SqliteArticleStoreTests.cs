using NewsTrace.Storage.Sqlite;
using NewsTrace.Storage.Tests.Contract;

namespace NewsTrace.Storage.Tests.Sqlite;

/// <summary>The SQLite store against the shared store contract, each store in its own temporary file.</summary>
public sealed class SqliteArticleStoreTests : ArticleStoreContractTests, IDisposable
{
    private readonly TempDirectory _directory = new();

    protected override async Task<IArticleStore> CreateEmptyStoreAsync()
        => await SqliteArticleStore.OpenAsync(_directory.NewDatabasePath());

    // xunit disposes asynchronously first (closing the stores), then synchronously (deleting their files).
    public void Dispose() => _directory.Dispose();
}
