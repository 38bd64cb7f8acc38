using System.Text.Json;

namespace NewsTrace.Cli.Tests.Entities;

/// <summary>`newstrace quotes`: statements grouped across outlets with their differences.</summary>
public sealed class QuotesCommandTests
{
    private static List<JsonElement> Lines(CliResult result)
        => result.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    private static IEnumerable<string> VariantTexts(JsonElement statement)
        => statement.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("text").GetString()!);

    [Fact]
    public async Task The_altered_quote_is_grouped_with_the_original_and_the_changed_word_is_shown()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "n.db");
        await CliProcess.RunAsync(temp.Path, "ingest", "-q", Path.Combine(CliProcess.RepositoryRoot(), "samples", "corpus"), "--db", db);

        var result = await CliProcess.RunAsync(temp.Path, "quotes", "--db", db, "--speaker", "Arkadi Velitchko", "--min-articles", "2", "--jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var statements = Lines(result);
        var pledge = statements.Single(s => VariantTexts(s).Any(t => t.Contains("complete support", StringComparison.Ordinal)));
        Assert.Contains(VariantTexts(pledge), t => t.Contains("full support", StringComparison.Ordinal));
        Assert.True(pledge.GetProperty("outlets").GetArrayLength() >= 4);
        var changed = pledge.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("diff").GetArrayLength() > 0);
        var diff = Assert.Single(changed.GetProperty("diff").EnumerateArray());
        Assert.Equal(("replace", "full", "complete"), (diff.GetProperty("kind").GetString(), diff.GetProperty("earliest").GetString(), diff.GetProperty("variant").GetString()));
        Assert.Contains("[-full-]{+complete+}", changed.GetProperty("marked").GetString(), StringComparison.Ordinal);
        Assert.All(statements, s => Assert.Equal(statements[0].GetProperty("speaker_entity").GetString(), s.GetProperty("speaker_entity").GetString()));
    }

    [Fact]
    public async Task An_unknown_story_is_not_found()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "n.db");
        await CliProcess.RunAsync(temp.Path, "ingest", "-q", Path.Combine(CliProcess.RepositoryRoot(), "samples", "corpus", "feeds"), "--db", db);

        var result = await CliProcess.RunAsync(temp.Path, "quotes", "--db", db, "--story", "s000000000000");

        Assert.Equal(4, result.ExitCode);
    }

    [SharedDataFact("seeds")]
    public async Task Full_and_complete_support_and_solidarity_are_one_statement_on_the_seed_pages()
    {
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "n.db");
        await CliProcess.RunAsync(temp.Path, "ingest", "-q", SharedDataFactAttribute.FullPath("seeds"), "--db", db);

        var statements = Lines(await CliProcess.RunAsync(temp.Path, "quotes", "--db", db, "--jsonl"));

        var solidarity = statements.Single(s => VariantTexts(s).Contains("complete support and solidarity"));
        Assert.Contains("full support and solidarity", VariantTexts(solidarity));
        Assert.True(solidarity.GetProperty("outlets").GetArrayLength() >= 2);
        Assert.True(solidarity.GetProperty("changed").GetBoolean());
    }
}
