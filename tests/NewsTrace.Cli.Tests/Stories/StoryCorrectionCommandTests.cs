using System.Text.Json;

namespace NewsTrace.Cli.Tests.Stories;

/// <summary>`stories move|split|merge|decisions|undo` on samples/corpus: decisions persist and survive re-clustering.</summary>
public sealed class StoryCorrectionCommandTests
{
    private const string Courier = "samples/corpus/pages/dorvan-courier-velitchko-visit.html";
    private const string Pulse = "samples/corpus/pages/globalpulse-velichko-dorvan.html";
    private const string Flood = "samples/corpus/pages/nordfeld-herald-halvern-flood.html";

    private static async Task<Dictionary<string, string>> StoryOfEachAsync(string root, string db)
    {
        var result = await CliProcess.RunAsync(root, "stories", "--db", db, "--jsonl");
        Assert.True(result.ExitCode == 0, result.ToString());
        var stories = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in result.StdoutLines)
        {
            using var json = JsonDocument.Parse(line);
            foreach (var article in json.RootElement.GetProperty("articles").EnumerateArray())
            {
                stories[article.GetString()!.Replace('\\', '/')] = json.RootElement.GetProperty("story").GetString()!;
            }
        }

        return stories;
    }

    [Fact]
    public async Task A_move_survives_new_articles_and_undo_restores_the_machine_stories()
    {
        using var temp = new TempDirectory();
        var root = CliProcess.RepositoryRoot();
        var db = Path.Combine(temp.Path, "samples.db");
        Assert.Equal(0, (await CliProcess.RunAsync(root, "ingest", "samples/corpus/pages", "--db", db, "--quiet")).ExitCode);
        var machine = await StoryOfEachAsync(root, db);
        Assert.NotEqual(machine[Courier], machine[Flood]);

        var move = await CliProcess.RunAsync(root, "stories", "move", Courier, "--to", Flood, "--db", db);
        Assert.True(move.ExitCode == 0, move.ToString());

        // New articles arrive and the stories are clustered again: the decision still holds.
        Assert.Equal(0, (await CliProcess.RunAsync(root, "ingest", "samples/corpus/text", "samples/corpus/feeds", "--db", db, "--quiet")).ExitCode);
        var corrected = await StoryOfEachAsync(root, db);
        Assert.Equal(corrected[Flood], corrected[Courier]);

        var decisions = await CliProcess.RunAsync(root, "stories", "decisions", "--db", db, "--jsonl");
        using (var decision = JsonDocument.Parse(Assert.Single(decisions.StdoutLines)))
        {
            Assert.Equal("move", decision.RootElement.GetProperty("kind").GetString());
            Assert.Equal("applied", decision.RootElement.GetProperty("status").GetString());
            Assert.Equal(corrected[Flood], decision.RootElement.GetProperty("story").GetString());
            var sequence = decision.RootElement.GetProperty("sequence").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(0, (await CliProcess.RunAsync(root, "stories", "undo", sequence, "--db", db)).ExitCode);
        }

        var restored = await StoryOfEachAsync(root, db);
        Assert.NotEqual(restored[Flood], restored[Courier]);
        Assert.Empty((await CliProcess.RunAsync(root, "stories", "decisions", "--db", db, "--jsonl")).StdoutLines);
    }

    [Fact]
    public async Task Split_and_merge_show_in_every_listing_and_story_json_carries_the_summary()
    {
        using var temp = new TempDirectory();
        var root = CliProcess.RepositoryRoot();
        var db = Path.Combine(temp.Path, "samples.db");
        Assert.Equal(0, (await CliProcess.RunAsync(root, "ingest", "samples/corpus", "--db", db, "--quiet")).ExitCode);
        var machine = await StoryOfEachAsync(root, db);
        Assert.Equal(machine[Pulse], machine["mer-20241017-0412"]);

        var split = await CliProcess.RunAsync(root, "stories", "split", Pulse, "--from", machine[Pulse], "--db", db);

        // The Courier report belongs to the visit story; split it out alone, then merge that one-article story into the flood.
        var alone = await CliProcess.RunAsync(root, "stories", "split", Courier, "--from", machine[Courier], "--db", db);
        var merge = await CliProcess.RunAsync(root, "stories", "merge", Flood, Courier, "--db", db);
        var wrong = await CliProcess.RunAsync(root, "stories", "split", Flood, "--from", machine[Pulse], "--db", db);

        Assert.True(split.ExitCode == 0, split.ToString());
        Assert.True(alone.ExitCode == 0, alone.ToString());
        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Equal(4, wrong.ExitCode);
        var corrected = await StoryOfEachAsync(root, db);
        Assert.NotEqual(corrected[Pulse], corrected["mer-20241017-0412"]);
        Assert.Equal(corrected[Flood], corrected[Courier]);
        Assert.Equal(machine[Flood], corrected[Courier]);

        var shown = await CliProcess.RunAsync(root, "story", Courier, "--db", db, "--json", "--explain");
        Assert.True(shown.ExitCode == 0, shown.ToString());
        using var story = JsonDocument.Parse(shown.Stdout);
        var summary = story.RootElement.GetProperty("summary");
        Assert.Equal(story.RootElement.GetProperty("details").GetArrayLength(), summary.GetProperty("articles").GetInt32());
        Assert.InRange(summary.GetProperty("independent_reports").GetInt32(), 1, summary.GetProperty("articles").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(summary.GetProperty("title").GetString()));
        var explain = story.RootElement.GetProperty("explain");
        Assert.Equal(story.RootElement.GetProperty("details").GetArrayLength(), explain.GetArrayLength());

        // The moved-in article shares little with the flood story: its score says so.
        var courierId = story.RootElement.GetProperty("details").EnumerateArray()
            .Single(d => d.GetProperty("source").GetString()!.Replace('\\', '/').EndsWith("dorvan-courier-velitchko-visit.html", StringComparison.Ordinal))
            .GetProperty("id").GetString();
        var scores = explain.EnumerateArray().ToDictionary(e => e.GetProperty("article").GetString()!, e => e.GetProperty("score").GetDouble());
        Assert.Equal(scores.Values.Min(), scores[courierId!]);
    }
}
