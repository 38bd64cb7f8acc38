using System.Text.Json;

namespace NewsTrace.Cli.Tests.ScrapedText;

public sealed class ScrapedTextExtractTests
{
    private static readonly string[] CapitalObserverChrome =
    [
        "Skip to main content", "Capital Observer", "Politics | World | Business | Opinion | Video", "Sign in    Subscribe",
        "Share this article: Facebook  X  Email", "Related: Kesmaria budget talks drag on | Marovian grain exports rise",
        "© 2024 Capital Observer. All rights reserved.",
    ];

    [Fact]
    public async Task Extract_cleans_the_samples_scraped_page()
    {
        var path = Path.Combine(CliProcess.RepositoryRoot(), "samples", "corpus", "text", "capital-observer-lesna-pledge.txt");

        var result = await CliProcess.RunAsync(CliProcess.RepositoryRoot(), "extract", path, "--jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var root = json.RootElement;
        Assert.Equal("Marovia promises ‘complete support’ for reopening Lesna crossing", root.GetProperty("title").GetString());
        Assert.Empty(root.GetProperty("credits").EnumerateArray());
        Assert.Equal(["Jakob Terhune"], root.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2024-10-18T09:30", root.GetProperty("published").GetString());
        var lines = root.GetProperty("text").GetString()!.Split('\n');
        Assert.All(CapitalObserverChrome, chrome => Assert.DoesNotContain(chrome, lines));
        Assert.Contains(lines, line => line.StartsWith("Tevania, which also lies on the Lesna", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_moves_the_blog_comments_of_the_samples_out_of_the_text()
    {
        var path = Path.Combine(CliProcess.RepositoryRoot(), "samples", "corpus", "text", "eastern-ledger-velichko-presser.txt");

        var result = await CliProcess.RunAsync(CliProcess.RepositoryRoot(), "extract", path, "--jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var root = json.RootElement;
        var text = root.GetProperty("text").GetString()!;
        var comments = root.GetProperty("comments").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(3, comments.Count);
        Assert.All(comments, comment => Assert.DoesNotContain(comment, text, StringComparison.Ordinal));
        Assert.DoesNotContain("Comments (3)", text, StringComparison.Ordinal);
        Assert.Equal(["Gideon Marsh"], root.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2024-10-18", root.GetProperty("published").GetString());
    }

    [SharedDataFact("seeds")]
    public async Task Extract_on_the_seeds_finds_dates_comments_and_credits()
    {
        var seeds = SharedDataFactAttribute.FullPath("seeds");

        var result = await CliProcess.RunAsync(CliProcess.RepositoryRoot(), "extract", seeds, "--jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var records = result.StdoutLines.Select(line => JsonDocument.Parse(line)).ToList();
        try
        {
            var roots = records.Select(record => record.RootElement).ToList();
            Assert.Equal(5, roots.Count);
            Assert.All(roots, root => Assert.DoesNotContain(root.GetProperty("text").GetString()!.Split('\n'), IsGenericChrome));
            // The content farm states its own date and time under the headline.
            Assert.Contains(roots, root => root.GetProperty("published").GetString() == "2024-05-30T19:57:47");
            // The wire rewrite ends with a SOURCE line.
            Assert.Contains(roots, root => root.GetProperty("credits").EnumerateArray().Select(c => c.GetString()).SequenceEqual(["AP"]));
            // The blog post is followed by its readers' comments.
            Assert.Contains(roots, root => root.GetProperty("comments").GetArrayLength() > 0);
        }
        finally
        {
            records.ForEach(record => record.Dispose());
        }
    }

    private static bool IsGenericChrome(string line)
        => line is "Most Popular" or "Recent Comments" or "Comment Template" or "*" || line.StartsWith("SOURCE:", StringComparison.Ordinal);
}
