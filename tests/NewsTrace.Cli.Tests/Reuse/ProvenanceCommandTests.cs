using System.Text.Json;
using System.Xml.Linq;

namespace NewsTrace.Cli.Tests.Reuse;

/// <summary>`provenance`, `discrepancies` and `diff` on the ingested sample corpus, as a user runs them.</summary>
public sealed class ProvenanceCommandTests
{
    [Fact]
    public async Task Provenance_of_the_wire_story_puts_the_wire_at_the_root_and_the_farm_under_the_reprint()
    {
        using var temp = new TempDirectory();
        var root = CliProcess.RepositoryRoot();
        var db = await IngestAsync(temp, root);

        var tree = await CliProcess.RunAsync(root, "provenance", "mer-20241017-0412", "--db", db);
        var json = await CliProcess.RunAsync(root, "provenance", "mer-20241017-0412", "--db", db, "--as", "json");
        var graphml = await CliProcess.RunAsync(root, "provenance", "mer-20241017-0412", "--db", db, "--as", "graphml");
        var gexfPath = Path.Combine(temp.Path, "story.gexf");
        var gexf = await CliProcess.RunAsync(root, "provenance", "mer-20241017-0412", "--db", db, "--as", "gexf", "-o", gexfPath);
        var missing = await CliProcess.RunAsync(root, "provenance", "s000000000000", "--db", db);

        Assert.True(tree.ExitCode == 0, tree.ToString());
        Assert.Contains("[mer-20241017-0412] (likely original)", tree.Stdout, StringComparison.Ordinal);
        Assert.Contains("Credited sources:", tree.Stdout, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Stdout);
        var edges = document.RootElement.GetProperty("edges").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "derived-from")
            .ToDictionary(e => e.GetProperty("to").GetString()!, e => e.GetProperty("from").GetString()!);
        Assert.Equal("samples/corpus/pages/harbour-gazette-lesna-crossing.html", edges["samples/corpus/pages/newsbeat24-marovia-lesna.html"]);
        Assert.Equal("mer-20241017-0412", edges["samples/corpus/pages/harbour-gazette-lesna-crossing.html"]);
        Assert.Contains(document.RootElement.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("key").GetString() == "source:Meridian");
        Assert.Equal("graphml", XDocument.Parse(graphml.Stdout).Root!.Name.LocalName);
        Assert.True(gexf.ExitCode == 0, gexf.ToString());
        Assert.Equal("gexf", XDocument.Load(gexfPath).Root!.Name.LocalName);
        Assert.Equal(4, missing.ExitCode);
    }

    [Fact]
    public async Task Discrepancies_lists_the_changed_facts_with_both_passages()
    {
        using var temp = new TempDirectory();
        var root = CliProcess.RepositoryRoot();
        var db = await IngestAsync(temp, root);

        var result = await CliProcess.RunAsync(root, "discrepancies", "--db", db, "--jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(lines, l => l.GetProperty("field").GetString() == "quote"
            && l.GetProperty("original").GetProperty("text").GetString() == "full"
            && l.GetProperty("changed").GetProperty("text").GetString() == "complete"
            && l.GetProperty("copy").GetString() == "samples/corpus/text/capital-observer-lesna-pledge.txt");
        Assert.Contains(lines, l => l.GetProperty("field").GetString() == "place"
            && l.GetProperty("changed").GetProperty("passage_text").GetString()!.Contains("Tevania", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Equal("high", l.GetProperty("severity").GetString()));
    }

    [Fact]
    public async Task Diff_of_two_files_marks_the_changed_words_when_piped()
    {
        var root = CliProcess.RepositoryRoot();

        var result = await CliProcess.RunAsync(
            root, "diff", "samples/corpus/pages/harbour-gazette-lesna-crossing.html", "samples/corpus/pages/newsbeat24-marovia-lesna.html");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("near-copy", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(" │ ", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Stdout, StringComparison.Ordinal);
    }

    private static async Task<string> IngestAsync(TempDirectory temp, string root)
    {
        var db = Path.Combine(temp.Path, "samples.db");
        var ingest = await CliProcess.RunAsync(root, "ingest", "samples/corpus", "--db", db, "--quiet");
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        return db;
    }
}
