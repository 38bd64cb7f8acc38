using System.Text.Json;

namespace NewsTrace.Cli.Tests.Time;

/// <summary>
/// The seed pages (real pages, read from ../shared/seeds and never copied here): the dates flagged and the one timeline
/// that holds the Vostochny summit, the Pyongyang visit and the UN press conference.
/// </summary>
public sealed class SeedTimelineTests
{
    private static string Seeds => SharedDataFactAttribute.FullPath("seeds");

    [SharedDataFact("seeds")]
    public async Task The_seeds_have_their_impossible_date_and_the_republication_flagged()
    {
        using var temp = new TempDirectory();

        var result = await CliProcess.RunAsync(temp.Path, "analyze", Seeds, "--jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var anomalies = result.StdoutLines
            .Select(line => JsonDocument.Parse(line).RootElement)
            .SelectMany(article => article.GetProperty("date_anomalies").EnumerateArray()
                .Select(a => (Source: Path.GetFileName(article.GetProperty("source").GetString()!), Kind: a.GetProperty("kind").GetString(), Text: a.GetProperty("text").GetString())))
            .ToList();
        Assert.Contains(anomalies, a => a.Source.StartsWith("000_", StringComparison.Ordinal) && a.Kind == "impossible-date" && a.Text == "October 75");
        Assert.Contains(anomalies, a => a.Source.StartsWith("004_", StringComparison.Ordinal) && a.Kind == "republished");
        Assert.Equal(2, anomalies.Count);
    }

    /// <summary>Pages 000, 001 and 003 carry no date in their text; the user gives theirs (`ingest --dct`), the others have one.</summary>
    [SharedDataFact("seeds")]
    public async Task One_topic_timeline_holds_the_summit_the_visit_and_the_press_conference()
    {
        using var temp = new TempDirectory();
        var db = temp.File("seeds.db");
        var undated = new[] { "000_", "001_", "003_" }
            .Select(prefix => Directory.GetFiles(Seeds).Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal)))
            .ToArray();
        var first = await CliProcess.RunAsync(temp.Path, ["ingest", .. undated, "--dct", "2023-10-19", "--db", db, "--quiet"]);
        var rest = await CliProcess.RunAsync(temp.Path, "ingest", Seeds, "--db", db, "--quiet");
        Assert.True(first.ExitCode == 0 && rest.ExitCode == 0, first + "\n" + rest);

        var stories = await CliProcess.RunAsync(temp.Path, "stories", "--db", db, "--jsonl");
        var topics = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in stories.StdoutLines)
        {
            var id = JsonDocument.Parse(line).RootElement.GetProperty("story").GetString()!;
            var story = await CliProcess.RunAsync(temp.Path, "story", id, "--db", db, "--json");
            topics.Add(JsonDocument.Parse(string.Join('\n', story.StdoutLines)).RootElement.GetProperty("topic").GetString()!);
        }

        var found = false;
        foreach (var topic in topics)
        {
            var timeline = await CliProcess.RunAsync(temp.Path, "timeline", "--topic", topic, "--db", db, "--json");
            Assert.True(timeline.ExitCode == 0, timeline.ToString());
            var dates = JsonDocument.Parse(string.Join('\n', timeline.StdoutLines)).RootElement.GetProperty("events").EnumerateArray()
                .Select(e => e.GetProperty("date").GetString())
                .ToHashSet(StringComparer.Ordinal);
            found |= dates.Contains("2023-09-13") && dates.Contains("2023-10-18") && dates.Contains("2023-10-19") && dates.Contains("2024-01-24");
        }

        Assert.True(found, "no topic timeline holds 2023-09-13, 2023-10-18/19 and 2024-01-24");
    }
}
