using NewsTrace.Ingest;
using static NewsTrace.Tests.Ingest.IngestAssert;

namespace NewsTrace.Tests.Ingest;

public sealed class InputReaderLimitTests
{
    [Fact]
    public void Oversized_file_is_rejected_with_size_limit_and_how_to_raise_it()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("big.html", new string('x', 5000));

        var error = Error(Assert.Single(ReadAll(new IngestOptions { MaxInputBytes = 4096 }, path)));

        Assert.Equal("the file is 5,000 bytes, over the limit of 4,096 bytes; raise it with --max-bytes (IngestOptions.MaxInputBytes)", error.Reason);
    }

    [Fact]
    public void Oversized_gzip_content_stops_at_the_limit()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("bomb.txt.gz", TestBytes.Gzip(new byte[1_000_000]));

        var error = Error(Assert.Single(ReadAll(new IngestOptions { MaxInputBytes = 10_000 }, path)));

        Assert.StartsWith("the decompressed file is larger than the limit of 10,000 bytes", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_stdin_stops_at_the_limit()
    {
        var options = new IngestOptions { MaxInputBytes = 100, StandardInput = () => new MemoryStream(new byte[500].Select(_ => (byte)'a').ToArray()) };

        Assert.StartsWith("standard input is larger than the limit", Error(Assert.Single(ReadAll(options, "-"))).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_MB_json_line_is_skipped_in_bounded_memory_and_reading_goes_on()
    {
        using var temp = new TempDirectory();
        var big = Path.Combine(temp.Root, "big.jsonl");
        using (var writer = new StreamWriter(big))
        {
            writer.Write("{\"text\":\"");
            var block = new string('w', 1 << 20);
            for (var i = 0; i < 50; i++)
            {
                writer.Write(block);
            }

            writer.Write("\"}\n{\"text\":\"The line after the giant one.\"}\n");
        }

        var next = temp.Write("next.txt", "The next file still reads.");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var items = ReadAll(big, next);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(3, items.Count);
        Assert.Equal(big + "#1", items[0].Source);
        Assert.StartsWith("line 1 is longer than the limit of 32 MiB", Error(items[0]).Reason, StringComparison.Ordinal);
        Assert.Equal("The line after the giant one.", ContentText(Raw(items[1])));
        Assert.Equal(big + "#2", items[1].Source);
        Assert.Equal("The next file still reads.", ContentText(Raw(items[2])));

        // Reading the line whole would allocate its 50 MB as bytes plus 100 MB as a string.
        Assert.True(allocated < 100L * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InputReader(new IngestOptions { MaxInputBytes = 0 }));
        Assert.Throws<ArgumentException>(() => new InputReader(new IngestOptions { RecordTextFormat = InputFormat.Html }));
    }
}
