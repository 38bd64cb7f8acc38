using System.Text.Json;

namespace NewsTrace.Cli.Tests;

public sealed class TimeCommandTests
{
    [Fact]
    public async Task Analyze_with_a_dct_resolves_weekdays_in_the_timexes()
    {
        using var temp = new TempDirectory();
        var path = temp.File("story.txt", "The minister arrived on Wednesday and will leave on Friday.\n");

        var result = await CliProcess.RunAsync(temp.Path, "analyze", "--format", "plain", path, "--jsonl", "--dct", "2024-10-17");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var timexes = json.RootElement.GetProperty("timexes").EnumerateArray()
            .Select(t => (t.GetProperty("text").GetString(), t.GetProperty("type").GetString(), t.GetProperty("value").GetString()))
            .ToList();
        Assert.Equal([("Wednesday", "DATE", "2024-10-16"), ("Friday", "DATE", "2024-10-18")], timexes);
    }

    [Fact]
    public async Task Eval_time_scores_the_teams_timeml_fixtures()
    {
        var fixtures = Path.Combine(CliProcess.RepositoryRoot(), "eval", "timeml");

        var result = await CliProcess.RunAsync(CliProcess.RepositoryRoot(), "eval", "time", fixtures, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(string.Join('\n', result.StdoutLines));
        var root = json.RootElement;
        Assert.Equal(10, root.GetProperty("documents").GetInt32());
        Assert.True(root.GetProperty("gold").GetInt32() > 100);
        Assert.InRange(root.GetProperty("value_f1").GetDouble(), 0.85, 1.0);
    }

    [Fact]
    public async Task Eval_time_on_a_missing_directory_is_a_usage_error()
    {
        using var temp = new TempDirectory();

        var result = await CliProcess.RunAsync(temp.Path, "eval", "time", Path.Combine(temp.Path, "nowhere"));

        Assert.Equal(2, result.ExitCode);
    }
}
