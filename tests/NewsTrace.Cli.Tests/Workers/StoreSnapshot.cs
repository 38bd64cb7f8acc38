using System.Text.Json;

namespace NewsTrace.Cli.Tests.Workers;

/// <summary>
/// Everything a user can see of a store, read through the real commands (articles, stories, provenance of every
/// story, quotes, discrepancies) and the tables behind what the commands do not print (sources, failures,
/// fingerprints). Two stores with equal snapshots give the same answers.
/// </summary>
internal static class StoreSnapshot
{
    public static async Task<Dictionary<string, string>> TakeAsync(WorkerStore store)
    {
        var root = CliProcess.RepositoryRoot();
        var views = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var command in new[] { "articles --jsonl", "stories --jsonl", "quotes --json", "discrepancies --json" })
        {
            views[command] = await RunAsync(root, store, command.Split(' '));
        }

        using (var stories = JsonDocument.Parse("[" + string.Join(',', views["stories --jsonl"].Split('\n', StringSplitOptions.RemoveEmptyEntries)) + "]"))
        {
            foreach (var story in stories.RootElement.EnumerateArray())
            {
                var id = story.GetProperty("story").GetString()!;
                views["provenance " + id] = await RunAsync(root, store, "provenance", id, "--as", "json");
            }
        }

        views["sources"] = string.Join('\n', await store.RowsAsync("SELECT article_id, source, record_id FROM article_sources ORDER BY 1, 2"));
        views["failures"] = string.Join('\n', await store.RowsAsync("SELECT source, reason FROM ingest_failures ORDER BY 1, 2"));
        views["fingerprints"] = string.Join('\n', await store.RowsAsync(
            "SELECT f.article_id, s.name, f.content_hash, md5(f.signature) FROM fingerprints f JOIN fingerprint_schemes s ON s.id = f.scheme_id ORDER BY 1, 2"));
        views["analysis"] = string.Join('\n', await store.RowsAsync("SELECT id, md5(analysis::text), md5(text), published, source FROM articles ORDER BY id"));
        return views;
    }

    private static async Task<string> RunAsync(string root, WorkerStore store, params string[] command)
    {
        var result = await CliProcess.RunAsync(root, [.. command, "--postgres", store.Connection]);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', command)}: {result}");
        return result.Stdout;
    }
}
