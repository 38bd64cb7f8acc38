namespace NewsTrace.Cli.Tests.Quotes;

/// <summary>`newstrace eval quotes`: a small gold set of our own, scored per kind, with the wrong speaker listed.</summary>
public sealed class EvalQuotesCommandTests
{
    [Fact]
    public async Task Prints_recall_and_speaker_accuracy_per_kind_and_lists_a_wrong_speaker()
    {
        using var temp = new TempDirectory();
        temp.File("set/articles/vote.txt", "Council passes budget\n\n“We kept every promise,” Mayor Lena Holt said. Councillor Piet Dorn said the budget was too small. “It is a start,” Dorn said.\n");
        temp.File("set/gold.json", """
            {"articles": [{"file": "set/articles/vote.txt", "record": null, "quotes": [
              {"text": "We kept every promise,", "speaker": "Lena Holt", "kind": "direct", "cue": "said"},
              {"text": "the budget was too small", "speaker": "Piet Dorn", "kind": "reported", "cue": "said"},
              {"text": "It is a start,", "speaker": "Lena Holt", "kind": "direct", "cue": "said"}]}]}
            """);

        var result = await CliProcess.RunAsync(temp.Path, "eval", "quotes", "--gold", "set/gold.json", "--input", "set/articles", "--show-errors");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("gold quotes: 3, found: 3, recall 1.000", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(result.StdoutLines, line => line.StartsWith("direct", StringComparison.Ordinal) && line.Contains("0.500", StringComparison.Ordinal));
        Assert.Contains(result.StdoutLines, line => line.StartsWith("reported", StringComparison.Ordinal) && line.Contains("1.000", StringComparison.Ordinal));
        Assert.Contains(result.StdoutLines, line => line.StartsWith("wrong speaker:", StringComparison.Ordinal) && line.Contains("gold Lena Holt, found ", StringComparison.Ordinal) && line.EndsWith("Dorn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_gold_file_is_a_usage_error()
    {
        using var temp = new TempDirectory();

        var result = await CliProcess.RunAsync(temp.Path, "eval", "quotes", "--gold", "nothing.json", "--input", ".");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no such gold file", result.Stderr, StringComparison.Ordinal);
    }
}
