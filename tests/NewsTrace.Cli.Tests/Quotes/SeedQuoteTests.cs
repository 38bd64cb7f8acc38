using System.Text.Json;

namespace NewsTrace.Cli.Tests.Quotes;

/// <summary>
/// Who said what in the seed pages (real pages, read from ../shared/seeds and never copied here): every direct quote
/// with its speaker, the quote both rewrites changed with the minister as its speaker, and the transcript's two voices.
/// </summary>
public sealed class SeedQuoteTests
{
    private static string Seeds => SharedDataFactAttribute.FullPath("seeds");

    [SharedDataFact("seeds")]
    public async Task Every_direct_quote_has_its_speaker_and_the_transcript_its_two_voices()
    {
        using var temp = new TempDirectory();

        var result = await CliProcess.RunAsync(temp.Path, "analyze", Seeds, "--jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var quotes = result.StdoutLines
            .Select(line => JsonDocument.Parse(line).RootElement)
            .SelectMany(article => article.GetProperty("quotes").EnumerateArray().Select(q => (
                Page: Path.GetFileName(article.GetProperty("source").GetString()!)[..3],
                Kind: q.GetProperty("kind").GetString(),
                Text: q.GetProperty("text").GetString()!,
                Speaker: q.GetProperty("speaker").GetString())))
            .ToList();

        // Direct quotes: the minister in the two rewrites and the UN press conference, the Kremlin spokesman on the summit.
        var expected = new Dictionary<string, string> { ["001"] = "Lavrov", ["002"] = "Lavrov", ["003"] = "Lavrov", ["004"] = "Peskov" };
        var direct = quotes.Where(q => q.Kind == "direct" && expected.ContainsKey(q.Page)).ToList();
        Assert.NotEmpty(direct);
        Assert.All(direct, q => Assert.True(q.Speaker?.Contains(expected[q.Page], StringComparison.Ordinal) == true, $"{q.Page}: '{q.Text}' by {q.Speaker ?? "nobody"}"));

        // The words both rewrites quote differently ("full"/"complete support and solidarity") are the minister's.
        var solidarity = quotes.Where(q => q.Page is "001" or "003" && q.Text.Contains("support and solidarity", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, solidarity.Count);
        Assert.All(solidarity, q => Assert.Equal("Sergei Lavrov", q.Speaker));

        var voices = quotes.Where(q => q.Page == "000" && q.Kind == "transcript").Select(q => q.Speaker).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["Question", "Sergey Lavrov"], voices);
    }
}
