using System.Text.Json;

namespace NewsTrace.Cli.Tests;

public sealed class EvalExtractionTests
{
    private const string Page = """
        <html><head><title>Tram line to Dovra opens</title></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Tram line to Dovra opens</h1>
        <p>The new tram line between the station and Dovra carried its first passengers on Friday morning.</p>
        <p>Trams will run every eight minutes until midnight, the city transport office said.</p></article></body></html>
        """;

    private static void WriteSet(TempDirectory temp)
    {
        temp.File("set/html/0001.html", Page);
        temp.File("set/ground-truth/0001.json", """
            {"url": "https://example.test/tram", "file_id": "0001", "ground_truth": {"title": "Tram line to Dovra opens", "author": null,
             "publish_date": null, "main_content": "The new tram line between the station and Dovra carried its first passengers on Friday morning.\n\nTrams will run every eight minutes until midnight, the city transport office said.",
             "with": ["every eight minutes"], "without": ["Home"]}}
            """);
        temp.File("set/html/0002.html", "<html><body><script>x()</script></body></html>");
        temp.File("set/ground-truth/0002.json", """{"file_id": "0002", "ground_truth": {"title": "", "main_content": "Some text"}}""");
    }

    [Fact]
    public async Task Json_output_has_the_averages_and_every_page()
    {
        using var temp = new TempDirectory();
        WriteSet(temp);

        var result = await CliProcess.RunAsync(temp.Path, "eval", "extraction", "set", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("pages").GetInt32());
        Assert.Equal(1, root.GetProperty("failed").GetInt32());
        Assert.Equal(1, root.GetProperty("title").GetProperty("scored").GetInt32());
        var pages = root.GetProperty("per_page").EnumerateArray().ToList();
        Assert.Equal(["0001", "0002"], pages.Select(p => p.GetProperty("file_id").GetString()));
        Assert.Equal(1.0, pages[0].GetProperty("recall").GetDouble());
        Assert.Equal(JsonValueKind.String, pages[1].GetProperty("error").ValueKind);
        Assert.Equal("0002", root.GetProperty("worst")[0].GetString());
    }

    [Fact]
    public async Task Table_output_lists_the_worst_pages_and_limit_stops_early()
    {
        using var temp = new TempDirectory();
        WriteSet(temp);

        var result = await CliProcess.RunAsync(temp.Path, "eval", "extraction", "set", "--limit", "1", "--worst", "1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.StdoutLines, line => line.StartsWith("Word F1", StringComparison.Ordinal));
        Assert.Contains(result.StdoutLines, line => line.StartsWith("Pages  ", StringComparison.Ordinal) && line.Contains(" 1 ", StringComparison.Ordinal));
        Assert.Contains(result.StdoutLines, line => line.StartsWith("0001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_that_is_not_a_labelled_set_is_an_error()
    {
        using var temp = new TempDirectory();
        temp.File("empty/readme.txt", "nothing here");

        var result = await CliProcess.RunAsync(temp.Path, "eval", "extraction", "empty");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ground-truth", result.Stderr, StringComparison.Ordinal);
    }

    [SharedDataFact("data/wcxb-dev-articles")]
    public async Task Wcxb_dev_word_f1_stays_above_the_published_trafilatura_score()
    {
        var set = SharedDataFactAttribute.FullPath("data/wcxb-dev-articles");

        var result = await CliProcess.RunAsync(CliProcess.RepositoryRoot(), "eval", "extraction", set, "--json", "--worst", "0");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(711, json.RootElement.GetProperty("pages").GetInt32());
        Assert.True(json.RootElement.GetProperty("f1").GetDouble() >= 0.926, result.Stdout[..300]);
    }
}
