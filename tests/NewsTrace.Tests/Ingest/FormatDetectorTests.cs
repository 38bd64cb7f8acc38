using NewsTrace.Ingest;

namespace NewsTrace.Tests.Ingest;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData("a.html", "anything", InputFormat.Html)]
    [InlineData("a.HTM", "anything", InputFormat.Html)]
    [InlineData("a.xhtml", "anything", InputFormat.Html)]
    [InlineData("a.txt", "<html>", InputFormat.Text)]
    [InlineData("a.md", "# Title", InputFormat.Text)]
    [InlineData("a.jsonl", "{}", InputFormat.Jsonl)]
    [InlineData("a.ndjson", "{}", InputFormat.Jsonl)]
    [InlineData("a.json", "{\"text\":\"x\"}\n{\"text\":\"y\"}", InputFormat.Jsonl)]
    [InlineData("a.warc", "WARC/1.0", InputFormat.Warc)]
    [InlineData("a.rss", "<rss>", InputFormat.Feed)]
    [InlineData("a.atom", "<feed>", InputFormat.Feed)]
    [InlineData("a.xml", "<?xml version=\"1.0\"?>\n<!-- feed -->\n<rss version=\"2.0\">", InputFormat.Feed)]
    [InlineData("a.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", InputFormat.Feed)]
    [InlineData("a.xml", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", InputFormat.Feed)]
    [InlineData("a.xml", "<?xml version=\"1.0\"?><urlset>", InputFormat.Text)]
    [InlineData("noext", "<!DOCTYPE html><html>", InputFormat.Html)]
    [InlineData("noext", "  <HTML lang=en>", InputFormat.Html)]
    [InlineData("noext", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", InputFormat.Html)]
    [InlineData("noext", "WARC/1.1\r\nWARC-Type: warcinfo", InputFormat.Warc)]
    [InlineData("noext", "{\"text\":\"x\"}\n", InputFormat.Jsonl)]
    [InlineData("noext", "{\n  \"pretty\": true\n}", InputFormat.Text)]
    [InlineData("noext", "Just words.", InputFormat.Text)]
    [InlineData("page.php", "<html>", InputFormat.Html)]
    public void Detects_by_extension_then_content(string name, string head, InputFormat expected)
    {
        var detected = FormatDetector.Detect(name, TestBytes.Utf8(head));

        Assert.Null(detected.Unsupported);
        Assert.Equal(expected, detected.Format);
    }

    [Theory]
    [InlineData("a.json", "[{\"text\":\"x\"}]")]
    [InlineData("a.json", "{\n \"text\": \"x\"\n}")]
    [InlineData("a.arc", "filedesc://a.arc")]
    [InlineData("noext", "filedesc://x.arc 0.0.0.0")]
    public void Unsupported_inputs_say_why(string name, string head)
    {
        Assert.NotNull(FormatDetector.Detect(name, TestBytes.Utf8(head)).Unsupported);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "JPEG image")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "PDF document")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, "ZIP archive")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02 }, "ELF executable")]
    [InlineData(new byte[] { 0x42, 0x5A, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59 }, "bzip2 archive")]
    public void Binary_signatures_are_named(byte[] head, string kind)
    {
        Assert.Equal(kind, BinarySignatures.Identify(head));
    }

    [Theory]
    [InlineData("BZh is how this text starts")]
    [InlineData("Plain text")]
    [InlineData("<html>")]
    public void Text_is_not_mistaken_for_binary(string head)
    {
        Assert.Null(BinarySignatures.Identify(TestBytes.Utf8(head)));
    }
}
