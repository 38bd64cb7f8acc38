using System.Text.Json;

namespace NewsTrace.Cli.Tests.Time;

/// <summary>`newstrace timeline` end to end: ingest records written for the test, then read the story's timeline.</summary>
public sealed class TimelineCommandTests
{
    private const string Feed =
        """
        {"id": "wire-1", "site": "Northline Wire", "published": "2024-10-17T12:00", "title": "Minister opens Halvern flood barrier", "text": "HALVERN, Oct. 17 (Northline) — Environment Minister Petra Aldous opened the new Halvern flood barrier on Thursday. Aldous arrived in Halvern on Wednesday evening and toured the damaged Brenna embankment with mayor Oskar Vint. The old barrier failed in March 2022, when the Brenna river rose by four metres and flooded the Halvern old town."}
        {"id": "post-1", "site": "Valley Post", "published": "2024-10-18T08:00", "title": "Halvern gets its flood barrier", "text": "Environment Minister Petra Aldous toured the Brenna embankment with Halvern mayor Oskar Vint on Wednesday. Aldous then opened the new Halvern flood barrier on Thursday, two years after the old barrier failed and the Brenna river flooded the old town."}
        """;

    [Fact]
    public async Task Timeline_of_a_story_merges_the_articles_and_orders_the_events()
    {
        using var temp = new TempDirectory();
        var db = temp.File("t.db");
        await Ingest(temp, db);
        var story = await OnlyStory(temp, db);

        var result = await CliProcess.RunAsync(temp.Path, "timeline", story, "--db", db, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(string.Join('\n', result.StdoutLines));
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        var dates = events.Select(e => e.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal("2022-03", dates[0]);
        Assert.Equal("month", events[0].GetProperty("precision").GetString());
        var opening = Assert.Single(events, e => e.GetProperty("date").GetString() == "2024-10-17");
        var sources = opening.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("reference").GetString()).ToList();
        Assert.Equal(["wire-1", "post-1"], sources);
        Assert.Equal(2, json.RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Timeline_prints_a_table_and_markdown()
    {
        using var temp = new TempDirectory();
        var db = temp.File("t.db");
        await Ingest(temp, db);
        var story = await OnlyStory(temp, db);

        var table = await CliProcess.RunAsync(temp.Path, "timeline", story, "--db", db);
        var markdown = await CliProcess.RunAsync(temp.Path, "timeline", story, "--db", db, "--markdown");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains(table.StdoutLines, line => line.StartsWith("2024-10-16", StringComparison.Ordinal) && line.Contains("Northline Wire, Valley Post", StringComparison.Ordinal));
        Assert.True(markdown.ExitCode == 0, markdown.ToString());
        Assert.Contains("| Date | Event | Sources |", markdown.StdoutLines);
        Assert.Contains(markdown.StdoutLines, line => line.StartsWith("| 2024-10-17 |", StringComparison.Ordinal) && line.Contains("Valley Post", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Timeline_of_an_unknown_story_is_not_found_and_no_id_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        var db = temp.File("t.db");
        await Ingest(temp, db);

        var unknown = await CliProcess.RunAsync(temp.Path, "timeline", "s000000000000", "--db", db);
        var missing = await CliProcess.RunAsync(temp.Path, "timeline", "--db", db);

        Assert.Equal(4, unknown.ExitCode);
        Assert.Equal(2, missing.ExitCode);
    }

    private static async Task Ingest(TempDirectory temp, string db)
    {
        var feed = temp.File("feed.jsonl", Feed.ReplaceLineEndings("\n") + "\n");
        var ingest = await CliProcess.RunAsync(temp.Path, "ingest", feed, "--db", db, "--quiet");
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
    }

    private static async Task<string> OnlyStory(TempDirectory temp, string db)
    {
        var stories = await CliProcess.RunAsync(temp.Path, "stories", "--db", db, "--jsonl");
        Assert.True(stories.ExitCode == 0, stories.ToString());
        using var line = JsonDocument.Parse(Assert.Single(stories.StdoutLines));
        return line.RootElement.GetProperty("story").GetString()!;
    }
}
