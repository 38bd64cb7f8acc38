using System.Text.Json;

namespace NewsTrace.Cli.Tests.Stories;

/// <summary>`eval stories`: BCubed scores of clustering a labelled JSONL.</summary>
public sealed class EvalStoriesTests
{
    private static string Line(string id, int topic, string subtopic, string text)
        => JsonSerializer.Serialize(new Dictionary<string, object> { ["doc_id"] = id, ["topic"] = topic, ["subtopic"] = subtopic, ["text"] = text });

    [Fact]
    public async Task A_cleanly_separable_set_scores_one_at_both_levels()
    {
        using var temp = new TempDirectory();
        var file = temp.File("labelled.jsonl", string.Join('\n',
            Line("d1", 1, "1a", "Volcano Mount Asker erupted on Friday , covering the village of Brill in ash ."),
            Line("d2", 1, "1a", "Ash from Mount Asker fell on Brill after Friday 's eruption ; the village was evacuated ."),
            Line("d3", 2, "2a", "The Kolmar Lions beat Ferro United 3 - 1 to win the Vasta Cup final in Kolmar ."),
            Line("d4", 2, "2a", "Ferro United lost the Vasta Cup final 3 - 1 as the Kolmar Lions celebrated at home ."),
            "") + "\n");

        var result = await CliProcess.RunAsync(temp.Path, "eval", "stories", file, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(4, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("predicted_events").GetInt32());
        Assert.Equal(1.0, json.RootElement.GetProperty("events").GetProperty("f1").GetDouble());
        Assert.Equal(1.0, json.RootElement.GetProperty("topics").GetProperty("f1").GetDouble());
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error_and_a_bad_line_names_its_number()
    {
        using var temp = new TempDirectory();
        var bad = temp.File("bad.jsonl", "{\"doc_id\": \"d1\", \"topic\": 1, \"subtopic\": \"1a\", \"text\": \"x\"}\n{\"doc_id\": \"d2\"}\n");

        var missing = await CliProcess.RunAsync(temp.Path, "eval", "stories", Path.Combine(temp.Path, "none.jsonl"));
        var broken = await CliProcess.RunAsync(temp.Path, "eval", "stories", bad);

        Assert.Equal(2, missing.ExitCode);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("line 2", broken.Stderr, StringComparison.Ordinal);
    }

    [SharedDataFact("data/ecbplus-dev/documents.jsonl")]
    public async Task Ecb_plus_dev_held_out_topics_beat_a_floor()
    {
        var file = SharedDataFactAttribute.FullPath("data/ecbplus-dev/documents.jsonl");

        var result = await CliProcess.RunAsync(CliProcess.RepositoryRoot(), "eval", "stories", file, "--topics", "26-35", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(237, json.RootElement.GetProperty("documents").GetInt32());
        // docs/quality.md has the figures; this floor catches regressions, not the target.
        Assert.True(json.RootElement.GetProperty("events").GetProperty("f1").GetDouble() >= 0.85, result.Stdout);
    }
}
