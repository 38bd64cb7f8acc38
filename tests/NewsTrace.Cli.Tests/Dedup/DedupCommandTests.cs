using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsTrace.Cli.Tests.Dedup;

public sealed class DedupCommandTests
{
    private const string Bridge =
        "The council of Dorvan agreed on Tuesday that repair work on the Lesna bridge will begin in early spring. " +
        "Engineers told the meeting that the central span was damaged by the October floods and must be replaced. " +
        "The regional governor said the cost would be shared with Marovia, which has pledged materials and crews.";

    private const string Floods =
        "Hundreds of people were moved from their homes overnight when the Brenna river rose above its banks in Kesmar. " +
        "Rescue teams used boats to reach families in the lower town, and schools were closed for the rest of the week.";

    [Fact]
    public async Task Each_record_gets_the_id_of_its_group_s_first_record_in_input_order()
    {
        using var temp = new TempDirectory();
        var file = temp.File("records.jsonl", Lines(
            Record("b-1", Bridge),
            Record(7, Floods),
            Record("b-2", Bridge.ToUpperInvariant()),
            Record("b-3", Bridge.Replace("early spring", "late spring", StringComparison.Ordinal)),
            Record("f-2", Floods + " The rain stopped at noon.")));

        // One edited word in a 55-word text changes 5 of its 51 shingles: a true Jaccard of about 0.82, so 0.7 leaves room.
        var result = await CliProcess.RunAsync(temp.Path, "dedup", file, "--jsonl", "--threshold", "0.7");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                """{"id":"b-1","group":"b-1"}""",
                """{"id":7,"group":7}""",
                """{"id":"b-2","group":"b-1"}""",
                """{"id":"b-3","group":"b-1"}""",
                """{"id":"f-2","group":7}""",
            ],
            result.StdoutLines);
    }

    [Fact]
    public async Task A_strict_threshold_keeps_edited_copies_apart()
    {
        using var temp = new TempDirectory();
        var file = temp.File("records.jsonl", Lines(
            Record("a", Bridge),
            Record("b", Bridge.Replace("early spring", "late spring", StringComparison.Ordinal))));

        var result = await CliProcess.RunAsync(temp.Path, "dedup", file, "--jsonl", "--threshold", "1");

        Assert.Equal(["""{"id":"a","group":"a"}""", """{"id":"b","group":"b"}"""], result.StdoutLines);
    }

    [Fact]
    public async Task Bad_lines_are_reported_with_file_and_line_and_the_rest_goes_on_with_a_partial_success_code()
    {
        using var temp = new TempDirectory();
        var file = temp.File("records.jsonl", Lines(
            Record("a", Bridge),
            "{\"id\": \"broken\", \"text\": ",
            "",
            """{"text": "no id here"}""",
            """{"id": "n", "text": null}""",
            Record("b", Bridge)));

        var result = await CliProcess.RunAsync(temp.Path, "dedup", file, temp.File("missing.jsonl"), "--jsonl");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(["""{"id":"a","group":"a"}""", """{"id":"b","group":"a"}"""], result.StdoutLines);
        Assert.Contains("records.jsonl:2: invalid JSON", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("records.jsonl:4: the record has no \"id\"", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("records.jsonl:5: \"text\" must be a string", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("missing.jsonl: no such file or directory", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gzipped_files_directories_and_stdin_are_read()
    {
        using var temp = new TempDirectory();
        using (var gzip = new GZipStream(File.Create(temp.File("dir/part-1.jsonl.gz")), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Lines(Record("g", Floods))));
        }

        temp.File("dir/part-2.jsonl", Lines(Record("h", Floods)));

        var result = await CliProcess.RunWithInputAsync(temp.Path, Lines(Record("s", Floods)), "dedup", Path.Combine(temp.Path, "dir"), "-", "--jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["""{"id":"g","group":"g"}""", """{"id":"h","group":"g"}""", """{"id":"s","group":"g"}"""], result.StdoutLines);
    }

    [Fact]
    public async Task Without_jsonl_a_summary_names_the_groups()
    {
        using var temp = new TempDirectory();
        var file = temp.File("records.jsonl", Lines(Record("a", Bridge), Record("b", Bridge), Record("c", Floods)));

        var result = await CliProcess.RunAsync(temp.Path, "dedup", file);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("3 records in 2 groups: 1 duplicates (1 exact)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_threshold_out_of_range_is_a_usage_error()
    {
        using var temp = new TempDirectory();

        var result = await CliProcess.RunAsync(temp.Path, "dedup", "x.jsonl", "--threshold", "1.5");

        Assert.Equal(2, result.ExitCode);
    }

    private static string Record(string id, string text) => JsonSerializer.Serialize(new { id, text });

    private static string Record(int id, string text) => JsonSerializer.Serialize(new { id, text });

    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";
}
