using Microsoft.AspNetCore.Builder;
using NewsTrace.Storage.Sqlite;

namespace NewsTrace.Web.Tests.Web.Browser;

/// <summary>The real Kestrel server, as `newstrace serve` starts it, on a free loopback port over a scratch store.</summary>
internal sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SqliteArticleStore _store;
    private readonly string _databasePath;

    private LiveServer(WebApplication app, SqliteArticleStore store, string databasePath)
    {
        _app = app;
        _store = store;
        _databasePath = databasePath;
    }

    public Uri BaseAddress => new(_app.Urls.First());

    public SqliteArticleStore Store => _store;

    public static async Task<LiveServer> StartAsync()
    {
        var databasePath = TestStores.NewDatabasePath();
        var store = await TestStores.OpenAsync(databasePath);
        var app = NewsTraceWebApp.Create(TestStores.Backend(store), new WebAppOptions(), ["http://127.0.0.1:0"]);
        await app.StartAsync();
        return new LiveServer(app, store, databasePath);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
        try
        {
            Directory.Delete(Path.GetDirectoryName(_databasePath)!, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite handle may outlive the server by a moment; the OS cleans temp.
        }
    }
}
