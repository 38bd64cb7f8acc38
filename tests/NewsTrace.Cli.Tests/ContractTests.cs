using System.Text.Json;

namespace NewsTrace.Cli.Tests;

public sealed class ContractTests
{
    private static readonly string[] ExtractFields = ["source", "url", "title", "authors", "published", "site", "language", "text"];
    private static readonly string[] AnalyzeFields = ["id", "sentences", "entities", "quotes", "timexes"];

    [SharedDataFact("seeds")]
    public async Task Analyze_prints_one_object_per_seed_with_every_contract_field()
    {
        var seeds = SharedDataFactAttribute.FullPath("seeds");

        var result = await CliProcess.RunAsync(CliProcess.RepositoryRoot(), "analyze", seeds, "--jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(5, result.StdoutLines.Count);
        foreach (var line in result.StdoutLines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            foreach (var field in ExtractFields.Concat(AnalyzeFields))
            {
                Assert.True(root.TryGetProperty(field, out _), $"missing '{field}' in {line[..Math.Min(200, line.Length)]}");
            }

            var text = root.GetProperty("text").GetString()!;
            Assert.NotEmpty(text);
            var sentences = root.GetProperty("sentences").EnumerateArray().Select(s => (s[0].GetInt32(), s[1].GetInt32())).ToList();
            Assert.NotEmpty(sentences);
            Assert.All(sentences, s => Assert.InRange(s.Item2, s.Item1 + 1, text.Length));
        }
    }

    [Fact]
    public async Task Plain_format_text_is_the_input_exactly_so_offsets_index_the_file()
    {
        using var temp = new TempDirectory();
        const string content = "  Héllo\r\nworld.  Second “sentence” here.\n\n\n";
        var path = temp.File("exact.txt", content);

        var result = await CliProcess.RunAsync(temp.Path, "analyze", "--format", "plain", path, "--jsonl", "--dct", "2023-10-19");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        Assert.Equal(content, json.RootElement.GetProperty("text").GetString());
        Assert.Equal("2023-10-19", json.RootElement.GetProperty("published").GetString());
        foreach (var sentence in json.RootElement.GetProperty("sentences").EnumerateArray())
        {
            Assert.InRange(sentence[1].GetInt32(), 1, content.Length);
        }
    }

    [Fact]
    public async Task An_unreadable_input_prints_an_error_object_and_the_run_goes_on()
    {
        using var temp = new TempDirectory();
        var good = temp.File("a-good.txt", "A headline\n\nA body sentence about talks.\n");
        var empty = temp.File("b-empty.txt", "");

        var result = await CliProcess.RunAsync(temp.Path, "extract", good, empty, "--jsonl");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(2, result.StdoutLines.Count);
        using var first = JsonDocument.Parse(result.StdoutLines[0]);
        using var second = JsonDocument.Parse(result.StdoutLines[1]);
        Assert.Equal(good, first.RootElement.GetProperty("source").GetString());
        Assert.Equal(empty, second.RootElement.GetProperty("source").GetString());
        Assert.False(string.IsNullOrWhiteSpace(second.RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task A_dash_reads_stdin_and_names_the_source_dash()
    {
        using var temp = new TempDirectory();
        const string page = "<html><head><title>Piped page</title></head><body><article><p>Text that arrived on standard input.</p></article></body></html>";

        var result = await CliProcess.RunWithInputAsync(temp.Path, page, "extract", "-", "--jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        Assert.Equal("-", json.RootElement.GetProperty("source").GetString());
        Assert.Equal("Piped page", json.RootElement.GetProperty("title").GetString());
        Assert.Contains("standard input", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
