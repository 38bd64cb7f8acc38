namespace NewsTrace.Cli.Tests;

public sealed class EvalSpeakersTests
{
    // One GUM-format document of our own: "Mayor Ana Pell" and "she" are chain 1, "Teo Brask" chain 2.
    private const string Document = """
        {"id": "doc_own", "genre": "news", "split": "dev", "text": "Mayor Ana Pell met Teo Brask on Monday. \u201cIt is ours,\u201d she said.", "entities": [
         {"start": 0, "end": 14, "type": "person", "chain": 1, "named": true, "kind": "name", "name_start": 6, "name_end": 14},
         {"start": 19, "end": 28, "type": "person", "chain": 2, "named": true, "kind": "name", "name_start": 19, "name_end": 28},
         {"start": 54, "end": 57, "type": "person", "chain": 1, "named": false, "kind": "pronoun", "name_start": null, "name_end": null}]}
        """;

    [Fact]
    public async Task A_pronoun_speaker_is_scored_against_its_chain_and_a_bad_line_is_skipped_with_its_line_number()
    {
        using var temp = new TempDirectory();
        temp.File("gum.jsonl", Document.ReplaceLineEndings(" ") + "\n{not json\n");

        var result = await CliProcess.RunAsync(temp.Path, "eval", "speakers", "gum.jsonl", "--show-errors");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.StdoutLines, line => line.StartsWith("pronoun", StringComparison.Ordinal) && line.Contains("1      1", StringComparison.Ordinal));
        Assert.Contains(result.StdoutLines, line => line.StartsWith("documents: 1,", StringComparison.Ordinal));
        Assert.Contains("gum.jsonl, line 2: skipped", result.Stderr, StringComparison.Ordinal);
    }
}
