using System.Text.Json;

namespace NewsTrace.Cli.Tests.Reuse;

/// <summary>
/// The two rewrites of one wire report among the seed pages (real pages, read from ../shared/seeds and never copied
/// here): each introduced errors, and every one of them between the two must be reported, with nothing else.
/// </summary>
public sealed class SeedDiscrepancyTests
{
    private static string Seeds => SharedDataFactAttribute.FullPath("seeds");

    [SharedDataFact("seeds")]
    public async Task The_two_rewrites_show_both_quote_swaps_and_the_swapped_places()
    {
        using var temp = new TempDirectory();
        var db = temp.File("seeds.db");
        var ingest = await CliProcess.RunAsync(temp.Path, "ingest", Seeds, "--db", db, "--quiet");
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var result = await CliProcess.RunAsync(temp.Path, "discrepancies", "--db", db, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var found = JsonDocument.Parse(string.Join('\n', result.StdoutLines)).RootElement.EnumerateArray()
            .Select(d => (
                Pair: Path.GetFileName(d.GetProperty("source").GetString()!)[..3] + "/" + Path.GetFileName(d.GetProperty("copy").GetString()!)[..3],
                Field: d.GetProperty("field").GetString(),
                Change: d.GetProperty("original").GetProperty("text").GetString() + "→" + d.GetProperty("changed").GetProperty("text").GetString()))
            .OrderBy(d => d.Change, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            [("001/003", "place", "Moscow→Russia"), ("001/003", "place", "Pyongyang→China"), ("001/003", "quote", "complete→full"), ("001/003", "quote", "full→complete")],
            found);
    }
}
