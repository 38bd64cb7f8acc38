using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsTrace.Cli.Tests;

public sealed class BadInputTests
{
    [Fact]
    public async Task Good_files_are_ingested_and_each_bad_file_is_reported_with_its_reason_and_a_partial_success_code()
    {
        using var temp = new TempDirectory();
        var input = temp.File("corpus/readme.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        temp.File("corpus/good-one.txt", "Ministers meet in the capital\n\nThe two foreign ministers met on Wednesday to sign a plan for the next two years.\n");
        temp.File("corpus/good-two.html", "<html><head><title>Talks end | Daily Example</title></head><body><nav>Home | World</nav><article><h1>Talks end</h1><p>The talks ended on Thursday with a joint statement from both delegations.</p></article></body></html>");
        temp.File("corpus/nested/good-three.txt", "Floods close the river road\n\nHeavy rain closed the river road for the second day, the council said.\n");

        // Binary: a PNG signature followed by random bytes with NULs.
        var binary = new byte[4096];
        new Random(7).NextBytes(binary);
        "\u0089PNG\r\n\u001a\n"u8.ToArray().CopyTo(binary, 0);
        binary[8] = 0x89;
        File.WriteAllBytes(temp.File("corpus/picture.txt"), binary);

        // Invalid UTF-8: a mostly valid text with stray continuation and invalid lead bytes.
        var invalid = Encoding.UTF8.GetBytes("The minister said the visit went well. Смелые планы. ").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0x80 }).Concat(Encoding.UTF8.GetBytes(" More words follow here.")).ToArray();
        File.WriteAllBytes(temp.File("corpus/invalid-utf8.txt"), invalid);

        // Truncated gzip: the first half of a valid stream.
        using (var buffer = new MemoryStream())
        {
            using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            {
                gzip.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("A paragraph of an article that was cut short. ", 400))));
            }

            File.WriteAllBytes(temp.File("corpus/cut.txt.gz"), buffer.ToArray()[..(int)(buffer.Length / 2)]);
        }

        // A 50 MB single line.
        using (var huge = new StreamWriter(temp.File("corpus/huge-line.txt")))
        {
            var chunk = new string('x', 1 << 20);
            for (var i = 0; i < 50; i++)
            {
                await huge.WriteAsync(chunk);
            }
        }

        File.WriteAllBytes(temp.File("corpus/empty.txt"), []);
        File.Delete(input);

        var db = Path.Combine(temp.Path, "test.db");
        var result = await CliProcess.RunAsync(temp.Path, "ingest", "corpus", "--db", db, "--json");

        Assert.True(result.ExitCode == 3, result.ToString());
        using var summary = JsonDocument.Parse(result.Stdout);
        var root = summary.RootElement;
        var failures = root.GetProperty("failures").EnumerateArray().ToDictionary(f => Path.GetFileName(f.GetProperty("source").GetString()!), f => f.GetProperty("reason").GetString()!);
        var warnings = root.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("source").GetString()!).Select(Path.GetFileName).ToList();

        Assert.Contains("picture.txt", failures.Keys);
        Assert.Contains("cut.txt.gz", failures.Keys);
        Assert.Contains("huge-line.txt", failures.Keys);
        Assert.Contains("empty.txt", failures.Keys);
        Assert.Contains("truncated", failures["cut.txt.gz"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("empty", failures["empty.txt"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("invalid-utf8.txt", warnings.Concat(failures.Keys));
        Assert.Equal(warnings.Contains("invalid-utf8.txt") ? 4 : 3, root.GetProperty("new").GetInt32());

        var articles = await CliProcess.RunAsync(temp.Path, "articles", "--db", db, "--jsonl");
        Assert.Equal(0, articles.ExitCode);
        var sources = articles.StdoutLines.Select(l => Path.GetFileName(JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!)!).ToHashSet();
        Assert.Contains("good-one.txt", sources);
        Assert.Contains("good-two.html", sources);
        Assert.Contains("good-three.txt", sources);
    }

    [Fact]
    public async Task A_wrong_option_is_a_usage_error()
    {
        using var temp = new TempDirectory();

        var result = await CliProcess.RunAsync(temp.Path, "ingest", "--no-such-option", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--no-such-option", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_article_is_not_found()
    {
        using var temp = new TempDirectory();

        var result = await CliProcess.RunAsync(temp.Path, "show", "ffffffff", "--db", Path.Combine(temp.Path, "empty.db"));

        Assert.Equal(4, result.ExitCode);
    }
}
