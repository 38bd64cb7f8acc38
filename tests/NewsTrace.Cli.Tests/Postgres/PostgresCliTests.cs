using System.Text.Json;
using Npgsql;

namespace NewsTrace.Cli.Tests.Postgres;

/// <summary>The real program against PostgreSQL: the same commands, only <c>--db</c> names a server instead of a file.</summary>
public sealed class PostgresCliTests : IAsyncLifetime
{
    private readonly string _schema = "nt_cli_" + Guid.NewGuid().ToString("N");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (PostgresFactAttribute.ConnectionString is null)
        {
            return;
        }

        await using var dataSource = NpgsqlDataSource.Create(PostgresFactAttribute.ConnectionString);
        await using var drop = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
        await drop.ExecuteNonQueryAsync();
    }

    [PostgresFact]
    public async Task Ingest_then_articles_gives_what_the_sqlite_store_gives_and_a_rerun_adds_nothing()
    {
        using var temp = new TempDirectory();
        var root = CliProcess.RepositoryRoot();
        var corpus = Path.Combine(root, "samples", "corpus");
        var postgres = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { SearchPath = _schema }.ConnectionString;
        var sqlite = Path.Combine(temp.Path, "reference.db");

        var ingest = await CliProcess.RunAsync(root, "ingest", corpus, "--db", postgres, "--json", "--quiet");
        var rerun = await CliProcess.RunAsync(root, "ingest", corpus, "--db", postgres, "--json", "--quiet");
        var reference = await CliProcess.RunAsync(root, "ingest", corpus, "--db", sqlite, "--json", "--quiet");
        var listed = await CliProcess.RunAsync(root, "articles", "--db", postgres, "--jsonl");
        var expected = await CliProcess.RunAsync(root, "articles", "--db", sqlite, "--jsonl");

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.True(listed.ExitCode == 0, listed.ToString());
        using (var first = JsonDocument.Parse(ingest.Stdout))
        using (var second = JsonDocument.Parse(rerun.Stdout))
        using (var sqliteSummary = JsonDocument.Parse(reference.Stdout))
        {
            Assert.Equal(sqliteSummary.RootElement.GetProperty("new").GetInt32(), first.RootElement.GetProperty("new").GetInt32());
            Assert.Equal(0, second.RootElement.GetProperty("new").GetInt32());
        }

        Assert.NotEmpty(listed.StdoutLines);
        Assert.Equal(expected.StdoutLines, listed.StdoutLines);
    }

    [PostgresFact]
    public async Task The_connection_may_come_from_NEWSTRACE_DB_and_search_finds_the_stored_articles()
    {
        var root = CliProcess.RepositoryRoot();
        var postgres = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { SearchPath = _schema }.ConnectionString;
        var info = CliProcess.StartInfo(root, "ingest", Path.Combine(root, "samples", "corpus"), "--quiet");
        info.Environment["NEWSTRACE_DB"] = postgres;
        using (var process = System.Diagnostics.Process.Start(info)!)
        {
            process.StandardInput.Close();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        }

        var search = await CliProcess.RunAsync(root, "search", "Lesna bridge", "--db", postgres, "--json");

        Assert.True(search.ExitCode == 0, search.ToString());
        Assert.Contains("Lesna", search.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_one_clear_error_line_not_a_stack_trace()
    {
        using var temp = new TempDirectory();

        // Port 1 on the loopback address: nothing listens there, so the connection is refused at once.
        var result = await CliProcess.RunAsync(temp.Path, "articles", "--db", "Host=127.0.0.1;Port=1;Database=none;Timeout=5");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("newstrace: ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
