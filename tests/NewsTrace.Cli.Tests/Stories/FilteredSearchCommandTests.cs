using System.Text.Json;

namespace NewsTrace.Cli.Tests.Stories;

/// <summary>`search` with --from, --to, --outlet, --entity and --story on samples/corpus.</summary>
public sealed class FilteredSearchCommandTests
{
    private static List<JsonElement> Hits(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return [.. result.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement)];
    }

    [Fact]
    public async Task Every_filter_narrows_the_hits_to_what_it_allows()
    {
        using var temp = new TempDirectory();
        var root = CliProcess.RepositoryRoot();
        var db = Path.Combine(temp.Path, "samples.db");
        Assert.Equal(0, (await CliProcess.RunAsync(root, "ingest", "samples/corpus", "--db", db, "--quiet")).ExitCode);

        var all = Hits(await CliProcess.RunAsync(root, "search", "Lesna", "--db", db, "--jsonl", "--limit", "50"));
        var outlet = Hits(await CliProcess.RunAsync(root, "search", "Lesna", "--db", db, "--jsonl", "--outlet", "The Harbour Gazette", "--outlet", "GlobalPulse Daily"));
        var late = Hits(await CliProcess.RunAsync(root, "search", "Lesna", "--db", db, "--jsonl", "--from", "2024-11-01"));
        var early = Hits(await CliProcess.RunAsync(root, "search", "Lesna", "--db", db, "--jsonl", "--to", "2024-10-17"));
        var stories = await CliProcess.RunAsync(root, "stories", "--db", db, "--jsonl");
        using var flood = JsonDocument.Parse(stories.StdoutLines.First(l => l.Contains("halvern-flood", StringComparison.Ordinal)));
        var story = Hits(await CliProcess.RunAsync(root, "search", "Halvern", "--db", db, "--jsonl", "--story", flood.RootElement.GetProperty("story").GetString()!));
        var entity = Hits(await CliProcess.RunAsync(root, "search", "Lesna", "--db", db, "--jsonl", "--entity", "Tevania", "--limit", "50"));
        var unknown = await CliProcess.RunAsync(root, "search", "Lesna", "--db", db, "--entity", "Nobody Atall");
        var badDate = await CliProcess.RunAsync(root, "search", "Lesna", "--db", db, "--from", "17 Oct");

        Assert.True(all.Count > outlet.Count && outlet.Count == 2, string.Join(", ", outlet.Select(h => h.GetProperty("site").GetString())));
        Assert.All(outlet, h => Assert.Contains(h.GetProperty("site").GetString(), new[] { "The Harbour Gazette", "GlobalPulse Daily" }));
        Assert.NotEmpty(late);
        Assert.All(late, h => Assert.True(string.CompareOrdinal(h.GetProperty("published").GetString(), "2024-11-01") >= 0));
        Assert.NotEmpty(early);
        Assert.All(early, h => Assert.True(string.CompareOrdinal(h.GetProperty("published").GetString()![..10], "2024-10-17") <= 0));
        Assert.True(story.Count is > 0 and <= 2);
        Assert.True(entity.Count > 0 && entity.Count < all.Count);
        Assert.Equal(4, unknown.ExitCode);
        Assert.Equal(2, badDate.ExitCode);
    }
}
