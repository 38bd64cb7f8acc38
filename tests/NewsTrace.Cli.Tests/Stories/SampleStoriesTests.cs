using System.Text.Json;
using NewsTrace.Evaluation;

namespace NewsTrace.Cli.Tests.Stories;

/// <summary>`ingest` + `stories --jsonl` on samples/corpus, scored against samples/gold.json.</summary>
public sealed class SampleStoriesTests
{
    [Fact]
    public async Task Stories_of_the_sample_corpus_are_its_gold_stories()
    {
        using var temp = new TempDirectory();
        var root = CliProcess.RepositoryRoot();
        var db = Path.Combine(temp.Path, "samples.db");
        var ingest = await CliProcess.RunAsync(root, "ingest", "samples/corpus", "--db", db, "--quiet");
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var result = await CliProcess.RunAsync(root, "stories", "--db", db, "--jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in result.StdoutLines)
        {
            using var json = JsonDocument.Parse(line);
            var story = json.RootElement.GetProperty("story").GetString()!;
            Assert.Matches("^s[0-9a-f]{12}$", story);
            Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("title").GetString()));
            foreach (var article in json.RootElement.GetProperty("articles").EnumerateArray())
            {
                predicted.Add(article.GetString()!.Replace('\\', '/'), story);
            }
        }

        var gold = GoldStories(root);
        Assert.Equal(gold.Keys.Order(StringComparer.Ordinal), predicted.Keys.Order(StringComparer.Ordinal));
        var score = BCubed.Score(predicted, gold);

        // Precision 1: no story mixes two gold stories (the UN briefing is apart from the visit, the flood from both).
        Assert.Equal(1.0, score.Precision, 12);
        // Recall 1: every article in its gold story, the independent Dorvan Courier report ("Velitchko", its own speakers) included.
        Assert.Equal(1.0, score.Recall, 12);
        Assert.Equal(predicted["samples/corpus/pages/nordfeld-herald-halvern-flood.html"], predicted["samples/corpus/pages/mirror-halvern-flood.html"]);
        Assert.Equal(predicted["mer-20241017-0412"], predicted["samples/corpus/pages/newsbeat24-marovia-lesna.html"]);
        Assert.Equal(predicted["mer-20241017-0412"], predicted["samples/corpus/pages/velgrad-today-velichko-arrives.html.gz"]);
        Assert.Equal(predicted["mer-20241120-1650"], predicted["samples/corpus/text/continental-monitor-un-lesna.txt"]);

        var again = await CliProcess.RunAsync(root, "stories", "--db", db, "--jsonl");
        Assert.Equal(result.Stdout, again.Stdout);
    }

    [Fact]
    public async Task Story_shows_a_story_by_the_id_stories_prints()
    {
        using var temp = new TempDirectory();
        var root = CliProcess.RepositoryRoot();
        var db = Path.Combine(temp.Path, "samples.db");
        await CliProcess.RunAsync(root, "ingest", "samples/corpus", "--db", db, "--quiet");
        var list = await CliProcess.RunAsync(root, "stories", "--db", db, "--jsonl");
        using var first = JsonDocument.Parse(list.StdoutLines[0]);
        var id = first.RootElement.GetProperty("story").GetString()!;

        var shown = await CliProcess.RunAsync(root, "story", id, "--db", db, "--json");
        var missing = await CliProcess.RunAsync(root, "story", "s000000000000", "--db", db);

        Assert.True(shown.ExitCode == 0, shown.ToString());
        using var story = JsonDocument.Parse(shown.Stdout);
        Assert.Equal(id, story.RootElement.GetProperty("story").GetString());
        Assert.Matches("^t[0-9a-f]{12}$", story.RootElement.GetProperty("topic").GetString());
        Assert.Equal(4, missing.ExitCode);
    }

    [Fact]
    public async Task Stories_of_the_sample_corpus_are_under_their_gold_topics()
    {
        using var temp = new TempDirectory();
        var root = CliProcess.RepositoryRoot();
        var db = Path.Combine(temp.Path, "samples.db");
        var ingest = await CliProcess.RunAsync(root, "ingest", "samples/corpus", "--db", db, "--quiet");
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var list = await CliProcess.RunAsync(root, "stories", "--db", db, "--jsonl");
        Assert.True(list.ExitCode == 0, list.ToString());

        var goldStories = GoldStories(root);
        var goldTopics = GoldTopics(root);
        var predictedTopicOfGoldStory = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in list.StdoutLines)
        {
            using var json = JsonDocument.Parse(line);
            var story = json.RootElement.GetProperty("story").GetString()!;
            var shown = await CliProcess.RunAsync(root, "story", story, "--db", db, "--json");
            Assert.True(shown.ExitCode == 0, shown.ToString());
            using var shownJson = JsonDocument.Parse(shown.Stdout);
            var topic = shownJson.RootElement.GetProperty("topic").GetString()!;
            foreach (var article in json.RootElement.GetProperty("articles").EnumerateArray())
            {
                predictedTopicOfGoldStory[goldStories[article.GetString()!.Replace('\\', '/')]] = topic;
            }
        }

        // Two stories share a predicted topic exactly when they share a gold topic: the UN briefing is under the visit's
        // topic, and the Halvern flood (same week, same country, a place named by both) is under a topic of its own.
        foreach (var (left, leftTopic) in goldTopics)
        {
            foreach (var (right, rightTopic) in goldTopics.Where(g => string.CompareOrdinal(g.Key, left) > 0))
            {
                var together = string.Equals(predictedTopicOfGoldStory[left], predictedTopicOfGoldStory[right], StringComparison.Ordinal);
                Assert.True(together == string.Equals(leftTopic, rightTopic, StringComparison.Ordinal), $"{left} and {right}: predicted together {together}, gold topics {leftTopic} and {rightTopic}.");
            }
        }
    }

    private static Dictionary<string, string> GoldTopics(string root)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "samples", "gold.json")));
        return gold.RootElement.GetProperty("stories").EnumerateArray()
            .ToDictionary(s => s.GetProperty("story").GetString()!, s => s.GetProperty("topic").GetString()!, StringComparer.Ordinal);
    }

    private static Dictionary<string, string> GoldStories(string root)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "samples", "gold.json")));
        return gold.RootElement.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("key").GetString()!, a => a.GetProperty("story").GetString()!, StringComparer.Ordinal);
    }
}
