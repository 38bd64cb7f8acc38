using System.Text.Json;

namespace NewsTrace.Cli.Tests;

/// <summary>Wire credits of every sample article, HTML pages and scraped text alike, against samples/gold.json.</summary>
public sealed class CreditsGoldTests
{
    [Fact]
    public async Task Every_sample_article_has_the_credits_gold_records()
    {
        var root = CliProcess.RepositoryRoot();
        using var gold = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(root, "samples", "gold.json")));
        var expected = gold.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(
            a => a.GetProperty("record").ValueKind == JsonValueKind.Number
                ? $"{a.GetProperty("file").GetString()}#{a.GetProperty("record").GetInt32()}"
                : a.GetProperty("file").GetString()!,
            a => string.Join(",", a.GetProperty("credits").EnumerateArray().Select(c => c.GetString()).Order(StringComparer.Ordinal)));

        var result = await CliProcess.RunAsync(root, "extract", "samples/corpus", "--jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var actual = result.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement).ToDictionary(
            o => o.GetProperty("source").GetString()!,
            o => string.Join(",", o.GetProperty("credits").EnumerateArray().Select(c => c.GetString()).Order(StringComparer.Ordinal)));
        var wrong = expected
            .Where(e => actual.ContainsKey(e.Key) && actual[e.Key] != e.Value)
            .Select(e => $"{e.Key}: expected [{e.Value}], got [{actual[e.Key]}]")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(expected.Count, expected.Keys.Count(actual.ContainsKey));
    }
}
