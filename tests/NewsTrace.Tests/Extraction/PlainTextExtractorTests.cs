using System.Text;
using NewsTrace.Extraction;
using NewsTrace.Ingest;

namespace NewsTrace.Tests.Extraction;

public class PlainTextExtractorTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void Plain_keeps_the_decoded_file_exactly()
    {
        var path = Inputs.FixturePath("plain-sample.txt");
        var bytes = File.ReadAllBytes(path);

        var article = Extractor.Extract(Inputs.Bytes(bytes, InputFormat.Plain));

        var expected = File.ReadAllText(path, Encoding.UTF8);
        Assert.Equal(expected, article.Text);
        Assert.Equal(Encoding.UTF8.GetCharCount(bytes), article.Text.Length);
        Assert.Contains("e\u0301", article.Text, StringComparison.Ordinal);
        Assert.Contains("\r\n\r\n\r\n", article.Text, StringComparison.Ordinal);
        Assert.Null(article.Metadata.Title);
    }

    [Fact]
    public void Plain_offsets_index_the_input()
    {
        var text = "  Leading spaces stay.\r\nSecond line\t\n";
        var article = Extractor.Extract(Inputs.Bytes(Encoding.UTF8.GetBytes(text), InputFormat.Plain));
        Assert.Equal(text.IndexOf("Second", StringComparison.Ordinal), article.Text.IndexOf("Second", StringComparison.Ordinal));
        Assert.Equal(text, article.Text);
    }

    [Fact]
    public void Text_is_tidied()
    {
        var article = Extractor.Extract(Inputs.Bytes(Encoding.UTF8.GetBytes("\r\n  Council approves new library plan  \r\n\r\n\r\n\r\nThe vote was 7 to 2.   \r\nCafe\u0301 opens.\n\n\n"), InputFormat.Text));

        Assert.Equal("Council approves new library plan\n\nThe vote was 7 to 2.\nCafé opens.", article.Text);
        Assert.Equal("Council approves new library plan", article.Metadata.Title);
    }

    [Fact]
    public void Sentence_first_line_is_not_a_title()
    {
        var article = Extractor.Extract(Inputs.Bytes(Encoding.UTF8.GetBytes("The council voted on Monday to approve the plan.\nMore text."), InputFormat.Text));
        Assert.Null(article.Metadata.Title);
    }

    [Theory]
    [InlineData("news ticker\nThursday, May 30, 2024\nHomeLocal NewsFerry service to resume betw...\nFerry service to resume between the islands\nBody text follows here.", "2024-05-30", "Ferry service to resume between the islands")]
    [InlineData("Date: 2024-01-25\nCity hall plans a new bus lane\nBody.", "2024-01-25", "City hall plans a new bus lane")]
    public void Date_and_title_near_the_top(string text, string date, string title)
    {
        var article = Extractor.Extract(Inputs.Bytes(Encoding.UTF8.GetBytes(text), InputFormat.Text));
        Assert.Equal(date, article.Metadata.Published.ToString());
        Assert.Equal(title, article.Metadata.Title);
    }

    [Fact]
    public void Dates_deep_in_the_body_are_not_taken()
    {
        var text = "Harbour plans\n" + string.Join('\n', Enumerable.Repeat("A line of body text without any date in it at all.", 6)) + "\nOctober 19, 2023";
        var article = Extractor.Extract(Inputs.Bytes(Encoding.UTF8.GetBytes(text), InputFormat.Text));
        Assert.Null(article.Metadata.Published);
    }
}
