using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using NewsTrace.Storage.Sqlite;

namespace NewsTrace.Web.Tests.Web;

/// <summary>
/// The web app in a test server over a fresh SQLite store, composed exactly as `newstrace serve` composes it
/// (<see cref="NewsTraceWebApp.AddServices"/> and <see cref="NewsTraceWebApp.Configure"/>). NewsTrace.Web is a library
/// hosted by the CLI, so the factory is keyed to this test assembly (which has an entry point) and given the host builder.
/// </summary>
public sealed class WebAppFactory : WebApplicationFactory<WebAppFactory>
{
    static WebAppFactory()
    {
        // The factory otherwise looks for a content root named after the test assembly beside the solution file
        // (there is none: the app serves nothing from disk). This is the setting it checks first.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_NEWSTRACE_WEB_TESTS", AppContext.BaseDirectory);
    }

    private readonly string _databasePath = TestStores.NewDatabasePath();
    private SqliteArticleStore? _store;

    /// <summary>Options for the app; set before the first request.</summary>
    public WebAppOptions Options { get; init; } = new();

    public SqliteArticleStore Store => _store ??= TestStores.OpenAsync(_databasePath).GetAwaiter().GetResult();

    protected override IHostBuilder CreateHostBuilder()
    {
        var backend = TestStores.Backend(Store);
        return Host.CreateDefaultBuilder().ConfigureWebHost(web => web
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureServices(services => NewsTraceWebApp.AddServices(services, backend, Options))
            .Configure(NewsTraceWebApp.Configure));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        TryDelete(Path.GetDirectoryName(_databasePath)!);
        GC.SuppressFinalize(this);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite handle may outlive the test by a moment; the OS cleans temp.
        }
    }
}
