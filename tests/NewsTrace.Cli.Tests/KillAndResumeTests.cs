using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsTrace.Storage.Sqlite;

namespace NewsTrace.Cli.Tests;

public sealed class KillAndResumeTests
{
    [Fact]
    public async Task Killing_ingest_mid_run_and_rerunning_gives_the_same_database_as_one_uninterrupted_run()
    {
        using var temp = new TempDirectory();
        var corpus = WriteCorpus(temp, records: 6000);
        var interrupted = Path.Combine(temp.Path, "interrupted.db");
        var clean = Path.Combine(temp.Path, "clean.db");

        // Kill twice at different points, then let a third run finish.
        var killedAt = new List<long>();
        foreach (var threshold in new[] { 200L, 2500L })
        {
            killedAt.Add(await StartAndKillAsync(temp.Path, corpus, interrupted, threshold));
        }

        var resumed = await CliProcess.RunAsync(temp.Path, "ingest", corpus, "--db", interrupted, "--json");
        var uninterrupted = await CliProcess.RunAsync(temp.Path, "ingest", corpus, "--db", clean, "--json");

        Assert.True(resumed.ExitCode == 3, resumed.ToString()); // the corpus holds one deliberately broken record
        Assert.True(uninterrupted.ExitCode == 3, uninterrupted.ToString());
        Assert.True(killedAt[^1] < 6000, $"the kill came too late to test anything: {string.Join(", ", killedAt)}");
        using (var summary = JsonDocument.Parse(resumed.Stdout))
        {
            Assert.True(summary.RootElement.GetProperty("already_known").GetInt32() > 0, resumed.Stdout);
        }

        Assert.Equal(await SnapshotAsync(clean), await SnapshotAsync(interrupted));
    }

    private static string WriteCorpus(TempDirectory temp, int records)
    {
        var path = temp.File("feed.jsonl");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        var random = new Random(11);
        string[] words = ["minister", "talks", "border", "agreement", "visit", "capital", "statement", "delegation", "trade", "security", "press", "summit"];
        for (var i = 0; i < records; i++)
        {
            if (i == records / 3)
            {
                writer.WriteLine("{\"id\": \"broken\", \"text\": "); // invalid JSON: reported, never stored
                continue;
            }

            var text = new StringBuilder();
            for (var s = 0; s < 20; s++)
            {
                text.Append(CultureInfo.InvariantCulture, $"Sentence {s} of record {i} mentions the ");
                text.AppendJoin(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)]));
                text.Append(". ");
            }

            var record = new Dictionary<string, object>
            {
                ["id"] = $"rec-{i:D5}",
                ["title"] = $"Report number {i}",
                ["published"] = $"2023-10-{1 + (i % 28):D2}",
                ["site"] = $"site{i % 7}.example",
                ["text"] = text.ToString(),
            };
            writer.WriteLine(JsonSerializer.Serialize(record));
        }

        return path;
    }

    /// <summary>Starts an ingest and kills it (SIGKILL, no chance to clean up) once the store holds at least <paramref name="threshold"/> articles.</summary>
    private static async Task<long> StartAndKillAsync(string workingDirectory, string corpus, string database, long threshold)
    {
        using var process = Process.Start(CliProcess.StartInfo(workingDirectory, "ingest", corpus, "--db", database, "--quiet"))!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        long count = 0;
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            count = await CountAsync(database);
            if (count >= threshold)
            {
                break;
            }

            await Task.Delay(5);
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        return count;
    }

    private static async Task<long> CountAsync(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        try
        {
            await using var store = new SqliteArticleStore(new SqliteStoreOptions(database));
            return (await store.GetStatisticsAsync()).Articles;
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return 0; // the schema is still being created
        }
    }

    private static async Task<string> SnapshotAsync(string database)
    {
        await using var store = await SqliteArticleStore.OpenAsync(database);
        var snapshot = new StringBuilder();
        await foreach (var summary in store.ListAsync(new Storage.ArticleQuery()))
        {
            var article = (await store.GetAsync(summary.Id))!;
            snapshot.AppendLine(string.Join('\t', article.Id, article.Metadata.Source, article.Metadata.RecordId, article.Metadata.Title, article.Metadata.Published?.ToString(), article.TextHash, article.AnalysisJson, article.Text.Length));
        }

        await foreach (var failure in store.ListFailuresAsync())
        {
            snapshot.AppendLine(string.Join('\t', "failure", failure.Source, failure.Reason));
        }

        var lines = snapshot.ToString().Split('\n');
        Array.Sort(lines, StringComparer.Ordinal);
        return string.Join('\n', lines);
    }
}
