using System.Text.Json;

namespace NewsTrace.Cli.Tests.Stories;

/// <summary>
/// The seed pages (real pages, read from ../shared/seeds and never copied here), ingested with no date given: the
/// Pyongyang visit, the UN press conference and the republished Vostochny-summit page are three events of one topic.
/// </summary>
public sealed class SeedStoriesTests
{
    [SharedDataFact("seeds")]
    public async Task The_visit_the_press_conference_and_the_summit_page_are_three_stories_of_one_topic()
    {
        using var temp = new TempDirectory();
        var db = temp.File("seeds.db");
        var ingest = await CliProcess.RunAsync(temp.Path, "ingest", SharedDataFactAttribute.FullPath("seeds"), "--db", db, "--quiet");
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var listed = await CliProcess.RunAsync(temp.Path, "stories", "--db", db, "--jsonl");

        Assert.True(listed.ExitCode == 0, listed.ToString());
        var stories = listed.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var groups = stories
            .Select(s => string.Join(" ", s.GetProperty("articles").EnumerateArray().Select(a => Path.GetFileName(a.GetString()!)[..3]).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["000 001 003", "002", "004"], groups);

        var topics = new HashSet<string>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            var shown = await CliProcess.RunAsync(temp.Path, "story", story.GetProperty("story").GetString()!, "--db", db, "--json");
            Assert.True(shown.ExitCode == 0, shown.ToString());
            topics.Add(JsonDocument.Parse(shown.Stdout).RootElement.GetProperty("topic").GetString()!);
        }

        Assert.Single(topics);
    }
}
