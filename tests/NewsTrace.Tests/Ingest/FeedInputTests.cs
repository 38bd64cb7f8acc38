using NewsTrace.Ingest;
using static NewsTrace.Tests.Ingest.IngestAssert;

namespace NewsTrace.Tests.Ingest;

public sealed class FeedInputTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Harbour Gazette</title>
            <image><title>Logo title is not the site</title></image>
            <item>
              <title>Tide gauge replaced</title>
              <link>https://gazette.example/tide</link>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<p>The full story of the <b>gauge</b>.</p>]]></content:encoded>
              <pubDate>Tue, 05 Mar 2024 07:45:00 +0100</pubDate>
              <dc:creator>Ines Varga</dc:creator>
              <guid isPermaLink="false">tide-1</guid>
            </item>
            <item>
              <title>Pier repainted</title>
              <link>https://gazette.example/pier</link>
              <description>&lt;p&gt;Escaped markup in a description.&lt;/p&gt;</description>
              <author>desk@gazette.example (Olu Ade)</author>
              <pubDate>sometime in spring</pubDate>
            </item>
            <item><title>No body at all</title></item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Valley Courier</title>
          <entry>
            <title>Orchard festival</title>
            <link rel="self" href="https://courier.example/api/1"/>
            <link rel="alternate" href="https://courier.example/orchard"/>
            <id>urn:courier:1</id>
            <updated>2024-05-02T09:00:00Z</updated>
            <published>2024-05-01T18:30:00+02:00</published>
            <author><name>Mia Holt</name></author>
            <author><name>Len Park</name></author>
            <summary>Summary only.</summary>
            <content type="html">&lt;p&gt;Apples and cider.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Bridge vote</title>
            <link href="https://courier.example/bridge"/>
            <updated>2024-05-03T10:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Council votes.</p></div></content>
          </entry>
          <entry>
            <title>Text entry</title>
            <summary>Just words in a summary.</summary>
          </entry>
        </feed>
        """;

    [Fact]
    public void Rss_items_become_html_inputs_with_metadata()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("gazette.rss", Rss);

        var items = ReadAll(path);

        Assert.Equal(3, items.Count);
        var first = Raw(items[0]);
        Assert.Equal(path + "#1", first.Source);
        Assert.Equal(InputFormat.Html, first.Format);
        Assert.Equal("<p>The full story of the <b>gauge</b>.</p>", ContentText(first));
        Assert.Equal("https://gazette.example/tide", first.Metadata.Url);
        Assert.Equal("Tide gauge replaced", first.Metadata.Title);
        Assert.Equal("Harbour Gazette", first.Metadata.Site);
        Assert.Equal(["Ines Varga"], first.Metadata.Authors.ToArray());
        Assert.Equal("2024-03-05T07:45:00+01:00", first.Metadata.Published.ToString());
        Assert.Equal("tide-1", first.Metadata.RecordId);
        Assert.True(first.IsDecodedText);

        var second = Raw(items[1]);
        Assert.Equal("<p>Escaped markup in a description.</p>", ContentText(second));
        Assert.Equal(["Olu Ade"], second.Metadata.Authors.ToArray());
        Assert.Equal("sometime in spring", second.Metadata.Extra["published_raw"]);
        Assert.Single(second.Warnings);

        Assert.Equal(new InputError(path + "#3", "the feed item has no content (no content:encoded or description)"), items[2]);
    }

    [Fact]
    public void Atom_entries_become_inputs_with_metadata()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("courier.xml", Atom);

        var items = ReadAll(path).Select(Raw).ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal("<p>Apples and cider.</p>", ContentText(items[0]));
        Assert.Equal("https://courier.example/orchard", items[0].Metadata.Url);
        Assert.Equal("2024-05-01T18:30:00+02:00", items[0].Metadata.Published.ToString());
        Assert.Equal(["Mia Holt", "Len Park"], items[0].Metadata.Authors.ToArray());
        Assert.Equal("Valley Courier", items[0].Metadata.Site);
        Assert.Equal("urn:courier:1", items[0].Metadata.RecordId);
        Assert.Contains("<p>Council votes.</p>", ContentText(items[1]), StringComparison.Ordinal);
        Assert.Equal(InputFormat.Html, items[1].Format);
        Assert.Equal("2024-05-03T10:00:00+00:00", items[1].Metadata.Published.ToString());
        Assert.Equal(InputFormat.Text, items[2].Format);
    }

    [Fact]
    public void Feed_item_ids_are_stable_and_depend_on_content()
    {
        using var temp = new TempDirectory();
        var first = temp.Write("a.rss", Rss);
        var second = temp.Write("b.rss", Rss);

        var ids = ReadAll(first, second).OfType<RawInput>().Select(i => i.Id).ToList();

        Assert.Equal(ids[0], ids[2]);
        Assert.Equal(ids[1], ids[3]);
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void Malformed_xml_is_an_error_with_the_line_after_the_items_before_it()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("broken.rss", """
            <rss version="2.0"><channel><title>T</title>
            <item><title>Fine</title><description>ok</description></item>
            <item><title>Broken</description></item>
            </channel></rss>
            """);

        var items = ReadAll(path);

        Assert.Equal(2, items.Count);
        Raw(items[0]);
        var error = Error(items[1]);
        Assert.Equal(path, error.Source);
        Assert.StartsWith("malformed XML: ", error.Reason, StringComparison.Ordinal);
        Assert.Contains("Line 3", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Entity_expansion_and_external_entities_are_refused()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("laughs.rss", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><description>&b;&x;</description></item></channel></rss>
            """);

        var error = Error(Assert.Single(ReadAll(path)));

        Assert.Contains("DTD", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xml_file_that_is_not_a_feed_is_not_read_as_one()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>");

        Assert.Equal(InputFormat.Text, Raw(Assert.Single(ReadAll(path))).Format);
    }

    [Fact]
    public void A_forced_feed_with_another_root_says_so()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("page.html", "<html><body>not a feed</body></html>");

        var error = Error(Assert.Single(ReadAll(new IngestOptions { Format = InputFormat.Feed }, path)));

        Assert.Equal("not an RSS or Atom feed: the root element is <html>", error.Reason);
    }
}
