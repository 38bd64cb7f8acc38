using NewsTrace.Documents;
using NewsTrace.Ingest;
using static NewsTrace.Tests.Ingest.IngestAssert;

namespace NewsTrace.Tests.Ingest;

public sealed class WarcInputTests
{
    private static readonly byte[] FirstPage = TestBytes.Utf8("<html><head><title>Ferry</title></head><body><p>The ferry resumes service.</p></body></html>");
    private static readonly byte[] SecondPage = TestBytes.Utf8("<html><body><p>" + TestBytes.VariedText(40) + "</p></body></html>");

    [Fact]
    public void Gzip_per_record_warc_yields_html_responses_and_skips_the_rest()
    {
        using var temp = new TempDirectory();
        var records = new[]
        {
            WarcFixture.Record("warcinfo", null, TestBytes.Utf8("software: test\r\n"), "application/warc-fields"),
            WarcFixture.Record("request", "https://news.example/ferry", TestBytes.Utf8("GET /ferry HTTP/1.1\r\nHost: news.example\r\n\r\n"), "application/http; msgtype=request"),
            WarcFixture.Response("https://news.example/ferry", WarcFixture.Http(200, "text/html; charset=ISO-8859-1", FirstPage)),
            WarcFixture.Response("https://news.example/logo.png", WarcFixture.Http(200, "image/png", [0x89, 0x50, 0x4E, 0x47])),
            WarcFixture.Response("https://news.example/old", WarcFixture.Http(301, "text/html", TestBytes.Utf8("moved"), "Location: /new")),
            WarcFixture.Record("metadata", "https://news.example/ferry", TestBytes.Utf8("outlinks: 3\r\n"), "application/warc-fields"),
            WarcFixture.Response(
                "https://news.example/budget",
                WarcFixture.Http(200, "text/html; charset=\"utf-8\"", WarcFixture.Chunked(TestBytes.Gzip(SecondPage), 100), "Transfer-Encoding: chunked", "Content-Encoding: gzip")),
        };
        var path = temp.Write("crawl.warc.gz", TestBytes.Concat([.. records.Select(TestBytes.Gzip)]));
        var reader = new InputReader();

        var items = reader.Read([path]).ToList();

        Assert.Equal(2, items.Count);
        var first = Raw(items[0]);
        Assert.Equal(path + "#1", first.Source);
        Assert.Equal(FirstPage, first.Content.ToArray());
        Assert.Equal(DocumentId.FromContent(FirstPage), first.Id);
        Assert.Equal(InputFormat.Html, first.Format);
        Assert.Equal("ISO-8859-1", first.DeclaredCharset);
        Assert.Equal("https://news.example/ferry", first.Metadata.Url);
        Assert.Equal("2024-03-01T10:15:00Z", first.Metadata.Extra["crawl_date"]);
        Assert.Null(first.Metadata.Published);
        var second = Raw(items[1]);
        Assert.Equal(path + "#2", second.Source);
        Assert.Equal(SecondPage, second.Content.ToArray());
        Assert.Equal("utf-8", second.DeclaredCharset);
        Assert.Empty(second.Warnings);
        Assert.Equal(5, reader.SkippedRecordCount);
    }

    [Fact]
    public void Uncompressed_warc_with_resource_records_is_read()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("plain.warc", TestBytes.Concat(
            WarcFixture.Record("resource", "file:///notes.txt", TestBytes.Utf8("Resource text."), "text/plain"),
            WarcFixture.Record("resource", "file:///page.html", FirstPage, "text/html")));

        var items = ReadAll(path).Select(Raw).ToList();

        Assert.Equal([InputFormat.Text, InputFormat.Html], items.Select(i => i.Format));
        Assert.Equal("Resource text.", ContentText(items[0]));
    }

    [Fact]
    public void A_corrupt_record_is_an_error_and_reading_resyncs_at_the_next_record()
    {
        using var temp = new TempDirectory();
        var broken = TestBytes.Utf8("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nsome bytes\r\n\r\n");
        var path = temp.Write("broken.warc", TestBytes.Concat(
            broken,
            WarcFixture.Response("https://news.example/ferry", WarcFixture.Http(200, "text/html", FirstPage))));

        var items = ReadAll(path);

        Assert.Equal(2, items.Count);
        Assert.Equal(path + "#1", items[0].Source);
        Assert.Contains("no valid Content-Length", Error(items[0]).Reason, StringComparison.Ordinal);
        Assert.Equal(path + "#2", Raw(items[1]).Source);
    }

    [Fact]
    public void Garbage_with_no_further_record_is_one_error_for_the_rest()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("tail.warc", TestBytes.Concat(
            WarcFixture.Response("https://news.example/ferry", WarcFixture.Http(200, "text/html", FirstPage)),
            TestBytes.Utf8("this is not a record\nnor is this\n")));

        var items = ReadAll(path);

        Assert.Equal(2, items.Count);
        Raw(items[0]);
        Assert.Contains("the rest of the file was skipped", Error(items[1]).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warc_cut_inside_a_record_reports_it()
    {
        using var temp = new TempDirectory();
        var record = WarcFixture.Response("https://news.example/budget", WarcFixture.Http(200, "text/html", SecondPage));
        var path = temp.Write("cut.warc", record[..(record.Length - 200)]);

        var error = Error(Assert.Single(ReadAll(path)));

        Assert.Equal(path + "#1", error.Source);
        Assert.Contains("the file ends inside this record", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_oversized_record_is_skipped_with_an_error_and_the_next_is_read()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("big.warc", TestBytes.Concat(
            WarcFixture.Response("https://news.example/budget", WarcFixture.Http(200, "text/html", SecondPage)),
            WarcFixture.Response("https://news.example/ferry", WarcFixture.Http(200, "text/html", FirstPage))));

        var items = ReadAll(new IngestOptions { MaxInputBytes = SecondPage.Length - 1 }, path);

        Assert.StartsWith("the record body is ", Error(items[0]).Reason, StringComparison.Ordinal);
        Assert.Equal(FirstPage, Raw(items[1]).Content.ToArray());
    }

    [Fact]
    public void A_bad_gzip_body_is_an_error_for_that_record()
    {
        using var temp = new TempDirectory();
        var corrupt = TestBytes.Gzip(SecondPage);
        corrupt[30] ^= 0xFF;
        corrupt[31] ^= 0xFF;
        var path = temp.Write("bad-body.warc", WarcFixture.Response("https://news.example/x", WarcFixture.Http(200, "text/html", corrupt, "Content-Encoding: gzip")));

        var error = Error(Assert.Single(ReadAll(path)));

        Assert.Equal(path + "#1", error.Source);
        Assert.Contains("could not be decoded", error.Reason, StringComparison.Ordinal);
    }
}
