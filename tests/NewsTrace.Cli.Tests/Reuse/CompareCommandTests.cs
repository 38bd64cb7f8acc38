using System.Text.Json;

namespace NewsTrace.Cli.Tests.Reuse;

public sealed class CompareCommandTests
{
    [Fact]
    public async Task Pairs_give_one_json_line_per_row_in_order_and_a_bad_row_is_reported_with_its_line()
    {
        using var temp = new TempDirectory();
        var file = temp.File("pairs.tsv",
            "p1\tPolice arrested two men on Sunday after a robbery at a jewellery store.\tTwo men were detained by police on Sunday following a jewellery shop robbery.\n"
            + "this row has no tabs\n"
            + "p2\tPolice arrested two men on Sunday after a robbery at a jewellery store.\tThe central bank kept interest rates unchanged on Thursday.\n"
            + "p3\tThe port of Tarsen closed on Monday.\tThe port of Tarsen closed on Monday.\n");

        var result = await CliProcess.RunAsync(temp.Path, "compare", "--pairs", file, "--jsonl");

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("pairs.tsv:2:", result.Stderr, StringComparison.Ordinal);
        var rows = result.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["p1", "p2", "p3"], rows.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(["rewrite", "unrelated", "identical"], rows.Select(r => r.GetProperty("relation").GetString()));
        var similarities = rows.Select(r => r.GetProperty("similarity").GetDouble()).ToList();
        Assert.True(similarities[0] > 0.5 && similarities[1] < 0.2 && similarities[2] == 1.0, string.Join(", ", similarities));
    }

    [Fact]
    public async Task A_missing_pairs_file_is_a_usage_error()
    {
        using var temp = new TempDirectory();

        var result = await CliProcess.RunAsync(temp.Path, "compare", "--pairs", Path.Combine(temp.Path, "none.tsv"));

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Two_sample_articles_compare_as_the_gold_says_with_a_diff_of_the_passages()
    {
        var root = CliProcess.RepositoryRoot();
        var reprint = Path.Combine(root, "samples", "corpus", "pages", "harbour-gazette-lesna-crossing.html");
        var farm = Path.Combine(root, "samples", "corpus", "pages", "newsbeat24-marovia-lesna.html");

        var result = await CliProcess.RunAsync(root, "compare", reprint, farm);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("relation:   near-copy", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("verbatim", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_carries_passages_with_spans_texts_and_diffs()
    {
        var root = CliProcess.RepositoryRoot();
        var wire = Path.Combine(root, "eval", "reuse", "sources", "dev", "velichko-dorvan-visit", "meridian-wire.txt");
        var rewrite = Path.Combine(root, "samples", "corpus", "text", "capital-observer-lesna-pledge.txt");

        var result = await CliProcess.RunAsync(root, "compare", wire, rewrite, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var rootElement = json.RootElement;
        Assert.Equal("rewrite", rootElement.GetProperty("relation").GetString());
        var passages = rootElement.GetProperty("passages").EnumerateArray().ToList();
        Assert.True(passages.Count >= 5);
        Assert.All(passages, p =>
        {
            Assert.Equal(2, p.GetProperty("a").GetArrayLength());
            Assert.False(string.IsNullOrEmpty(p.GetProperty("b_text").GetString()));
            Assert.True(p.GetProperty("diff").GetArrayLength() > 0);
        });
    }

    [Fact]
    public async Task Compare_needs_two_articles()
    {
        using var temp = new TempDirectory();
        var one = temp.File("one.txt", "A single article.\n");

        var result = await CliProcess.RunAsync(temp.Path, "compare", one);

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Eval_reuse_scores_both_generated_splits()
    {
        var root = CliProcess.RepositoryRoot();

        var result = await CliProcess.RunAsync(root, "eval", "reuse", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var splits = result.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["dev", "heldout"], splits.Select(s => s.GetProperty("split").GetString()));
        Assert.All(splits, s =>
        {
            Assert.True(s.GetProperty("heavy_rewrite_recall").GetDouble() >= 0.9);
            Assert.True(s.GetProperty("relations").GetProperty("rewrite").GetProperty("precision").GetDouble() >= 0.95);
        });
    }
}
