using NewsTrace.Documents;
using NewsTrace.Ingest;
using static NewsTrace.Tests.Ingest.IngestAssert;

namespace NewsTrace.Tests.Ingest;

public sealed class InputReaderGzipTests
{
    [Fact]
    public void Gzipped_page_is_decompressed_and_typed_by_its_inner_name()
    {
        using var temp = new TempDirectory();
        var html = TestBytes.Utf8("<html><body>" + TestBytes.VariedText(50) + "</body></html>");
        var path = temp.Write("story.html.gz", TestBytes.Gzip(html));

        var input = Raw(Assert.Single(ReadAll(path)));

        Assert.Equal(InputFormat.Html, input.Format);
        Assert.Equal(html, input.Content.ToArray());
        Assert.Equal(DocumentId.FromContent(html), input.Id);
    }

    [Fact]
    public void Gzip_is_recognised_by_magic_bytes_whatever_the_name()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("story.txt", TestBytes.Gzip("Plain words, compressed."));

        Assert.Equal("Plain words, compressed.", ContentText(Raw(Assert.Single(ReadAll(path)))));
    }

    [Fact]
    public void Truncated_gzip_says_how_much_was_recovered()
    {
        using var temp = new TempDirectory();
        var text = TestBytes.VariedText(3000);
        var gzip = TestBytes.Gzip(text);
        var path = temp.Write("cut.txt.gz", gzip[..(gzip.Length / 2)]);

        var error = Error(Assert.Single(ReadAll(path)));

        Assert.StartsWith("gzip stream is truncated: ended after ", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith(" decompressed bytes", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_missing_only_its_trailer_is_truncated()
    {
        using var temp = new TempDirectory();
        var gzip = TestBytes.Gzip("Short text.");
        var path = temp.Write("cut.txt.gz", gzip[..^4]);

        Assert.Equal("gzip stream is truncated: ended after 11 decompressed bytes", Error(Assert.Single(ReadAll(path))).Reason);
    }

    [Fact]
    public void Corrupt_gzip_is_not_valid()
    {
        using var temp = new TempDirectory();
        var gzip = TestBytes.Gzip(TestBytes.VariedText(200));
        for (var i = 20; i < 60; i++)
        {
            gzip[i] ^= 0x5A;
        }

        var path = temp.Write("bad.gz", gzip);

        Assert.StartsWith("not a valid gzip stream: ", Error(Assert.Single(ReadAll(path))).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_of_nothing_is_an_empty_file()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("none.txt.gz", TestBytes.EmptyGzipMember);

        Assert.Equal("empty file (0 bytes after gzip decompression)", Error(Assert.Single(ReadAll(path))).Reason);
    }

    [Fact]
    public void Truncated_json_lines_gzip_keeps_the_records_before_the_cut()
    {
        using var temp = new TempDirectory();
        var lines = string.Concat(Enumerable.Range(1, 2000).Select(i => $"{{\"id\":{i},\"text\":\"Record {i} about harbour dredging number {i * 31 % 97}.\"}}\n"));
        var gzip = TestBytes.Gzip(lines);
        var path = temp.Write("records.jsonl.gz", gzip[..(gzip.Length * 3 / 4)]);

        var items = ReadAll(path);

        Assert.True(items.Count > 100);
        Assert.All(items[..^2], item => Raw(item));
        Assert.StartsWith("gzip stream is truncated", Error(items[^1]).Reason, StringComparison.Ordinal);
        Assert.Equal(path, items[^1].Source);
    }

    [Fact]
    public void Gzipped_png_is_still_recognised_as_binary()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("image.gz", TestBytes.Gzip([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]));

        Assert.Equal("binary file (PNG image), not an article", Error(Assert.Single(ReadAll(path))).Reason);
    }

    [Fact]
    public void Gzipped_tar_is_recognised_as_binary()
    {
        using var temp = new TempDirectory();
        var tar = new byte[1024];
        TestBytes.Utf8("story.html").CopyTo(tar, 0);
        TestBytes.Utf8("ustar\0").CopyTo(tar, 257);
        var path = temp.Write("pages.tar.gz", TestBytes.Gzip(tar));

        Assert.Equal("binary file (tar archive), not an article", Error(Assert.Single(ReadAll(path))).Reason);
    }
}
