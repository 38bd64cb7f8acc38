using System.Text;
using NewsTrace.Documents;
using NewsTrace.Extraction;
using NewsTrace.Ingest;

namespace NewsTrace.Tests.Extraction.ScrapedText;

public class ScrapedTextExtractionTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void Text_format_is_cleaned_and_comments_kept_apart()
    {
        var bytes = Encoding.UTF8.GetBytes(ScrapedFixtures.Read(ScrapedFixtures.BlogWithSaysComments));

        var article = Extractor.Extract(Inputs.Bytes(bytes, InputFormat.Text));

        Assert.Equal(ScrapedFixtures.BlogComments, article.Comments);
        Assert.DoesNotContain("says:", article.Text, StringComparison.Ordinal);
        Assert.Equal("Why our town library should open on Sundays", article.Metadata.Title);
        Assert.Equal<string>(["Tomas Reyes"], article.Metadata.Authors);
    }

    [Fact]
    public void Plain_format_keeps_chrome_and_comments_byte_for_byte()
    {
        var content = ScrapedFixtures.Read(ScrapedFixtures.NewsPage);

        var article = Extractor.Extract(Inputs.Bytes(Encoding.UTF8.GetBytes(content), InputFormat.Plain));

        Assert.Equal(content, article.Text);
        Assert.Empty(article.Comments);
        Assert.Empty(article.Metadata.Credits);
    }

    [Fact]
    public void The_container_wins_over_what_the_lines_say()
    {
        var given = new ArticleMetadata { Title = "Feed title", Published = new PublishDate(new DateOnly(2025, 1, 2)), Credits = ["AFP"] };
        var bytes = Encoding.UTF8.GetBytes(ScrapedFixtures.Read(ScrapedFixtures.NewsPage));

        var article = Extractor.Extract(Inputs.Bytes(bytes, InputFormat.Text, given));

        Assert.Equal("Feed title", article.Metadata.Title);
        Assert.Equal("2025-01-02", article.Metadata.Published.ToString());
        Assert.Equal<string>(["AFP"], article.Metadata.Credits);
        Assert.Equal<string>(["Lena Okafor"], article.Metadata.Authors);
    }

    [Fact]
    public void A_page_of_nothing_but_chrome_is_kept_rather_than_lost()
    {
        var article = Extractor.Extract(Inputs.Bytes(Encoding.UTF8.GetBytes("Advertisement\n"), InputFormat.Text));

        Assert.Equal("Advertisement", article.Text);
    }
}
