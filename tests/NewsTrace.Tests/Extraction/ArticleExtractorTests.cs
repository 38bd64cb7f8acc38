using System.Text;
using NewsTrace.Documents;
using NewsTrace.Extraction;
using NewsTrace.Ingest;

namespace NewsTrace.Tests.Extraction;

public class ArticleExtractorTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void Binary_input_is_rejected_with_a_reason()
    {
        var bytes = new byte[4096];
        bytes[0] = 0x7F;
        var error = Assert.Throws<ExtractionException>(() => Extractor.Extract(Inputs.Bytes(bytes, InputFormat.Html)));
        Assert.Equal("binary content, not text (4095 NUL bytes in the first 4 KB)", error.Message);
    }

    [Fact]
    public void Page_without_text_is_rejected()
    {
        var html = "<html><head><title>Only a title</title><script>var a = 1;</script></head><body><nav><a href=\"/\">Home</a></nav></body></html>";
        var error = Assert.Throws<ExtractionException>(() => Extractor.Extract(Inputs.Html(html)));
        Assert.Equal($"no article text found (page has {html.Length} bytes of markup)", error.Message);
    }

    [Theory]
    [InlineData(InputFormat.Plain)]
    [InlineData(InputFormat.Text)]
    public void Whitespace_only_text_is_rejected(InputFormat format)
        => Assert.Throws<ExtractionException>(() => Extractor.Extract(Inputs.Bytes(" \n\t \r\n "u8.ToArray(), format)));

    [Fact]
    public void Empty_input_is_rejected()
        => Assert.Throws<ExtractionException>(() => Extractor.Extract(Inputs.Bytes([], InputFormat.Html)));

    [Fact]
    public void Decoding_warnings_reach_the_article()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("<p>Un café crème, s’il vous plaît.</p>");
        var input = Inputs.Bytes(bytes, InputFormat.Html) with { Warnings = ["from the reader"] };

        var article = Extractor.Extract(input);

        Assert.Equal("Un café crème, s’il vous plaît.", article.Text);
        Assert.Equal("from the reader", article.Warnings[0]);
        Assert.Contains(article.Warnings, w => w.Contains("windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void Meta_charset_windows_1251_page()
    {
        var html = "<html><head><meta charset=\"windows-1251\"><title>Новости города</title></head><body><article><p>Мост через реку снова открыт для движения.</p></article></body></html>";

        var article = Extractor.Extract(Inputs.Bytes(Encoding.GetEncoding(1251).GetBytes(html), InputFormat.Html));

        Assert.Equal("Мост через реку снова открыт для движения.", article.Text);
        Assert.Equal("Новости города", article.Metadata.Title);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void Hundred_thousand_nested_divs_do_not_overflow_the_stack()
    {
        const int depth = 100_000;
        var html = string.Concat(Enumerable.Repeat("<div class=\"x\">", depth)) + "<p>deep text</p>" + string.Concat(Enumerable.Repeat("</div>", depth));

        var article = Extractor.Extract(Inputs.Html(html));

        Assert.Equal("deep text", article.Text);
    }

    [Fact]
    public void Unclosed_nesting_does_not_overflow_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<span><b>", 60_000)) + "text" + string.Concat(Enumerable.Repeat("</i>", 60_000));
        Assert.Equal("text", Extractor.Extract(Inputs.Html(html)).Text);
    }

    [Fact]
    public void Five_megabyte_text_node()
    {
        var words = string.Concat(Enumerable.Repeat("lorem ipsum ", 5 * 1024 * 1024 / 12));
        var article = Extractor.Extract(Inputs.Html("<html><body><p>" + words + "</p></body></html>"));
        Assert.Equal(words.TrimEnd(), article.Text);
    }

    [Fact]
    public void Source_is_taken_from_the_input()
    {
        var input = Inputs.Html("<p>Hello.</p>") with { Source = "pages/a.html" };
        Assert.Equal("pages/a.html", Extractor.Extract(input).Metadata.Source);
        var withGiven = Inputs.Html("<p>Hello.</p>", new ArticleMetadata { Source = "records.jsonl#4" });
        Assert.Equal("records.jsonl#4", Extractor.Extract(withGiven).Metadata.Source);
    }

    [Fact]
    public void Deeply_nested_bylines_times_and_comments_are_handled()
    {
        const int depth = 50_000;
        var html = "<article>" + string.Concat(Enumerable.Repeat("<span class=\"byline\"><time><div class=\"comments\"><div class=\"comment\">", depth))
            + "Ann Lee" + string.Concat(Enumerable.Repeat("</div></div></time></span>", depth)) + "<p>Body.</p></article>";

        var article = Extractor.Extract(Inputs.Html(html));

        Assert.Equal("Body.", article.Text);
        Assert.Equal(["Ann Lee"], article.Metadata.Authors.ToArray());
        Assert.Equal(["Ann Lee"], article.Comments.ToArray());
    }

    [Fact]
    public void The_container_url_can_give_the_date()
    {
        var article = Extractor.Extract(Inputs.Html("<p>Text.</p>", new ArticleMetadata { Url = "https://paper.example/2019/11/05/vote" }));
        Assert.Equal("2019-11-05", article.Metadata.Published.ToString());
        Assert.Equal("paper.example", article.Metadata.Site);
    }

    [Fact]
    public void Deeply_nested_empty_metadata_candidates_are_handled()
    {
        const int depth = 50_000;
        var html = string.Concat(Enumerable.Repeat("<h1><time><div class=\"post-date\" itemprop=\"datePublished\">", depth))
            + string.Concat(Enumerable.Repeat("</div></time></h1>", depth)) + "<p>Body.</p>";

        var article = Extractor.Extract(Inputs.Html(html));

        Assert.Equal("Body.", article.Text);
        Assert.Null(article.Metadata.Published);
    }
}
