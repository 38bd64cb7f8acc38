using NewsTrace.Evaluation;
using NewsTrace.Tests.Ingest;

namespace NewsTrace.Tests.Evaluation;

public class LabelledSetReaderTests
{
    [Fact]
    public void Reads_plain_and_gzipped_pages_in_name_order()
    {
        using var directory = new TempDirectory();
        LabelledSetFixture.AddPage(directory, "0002", "<p>second</p>", LabelledSetFixture.Truth("second", title: "Two", with: ["sec"]), gzip: true);
        LabelledSetFixture.AddPage(directory, "0001", "<p>first</p>", LabelledSetFixture.Truth("first", author: "Ann Lee", date: "2024-05-01"), url: "https://example.test/a");

        var pages = LabelledSetReader.Read(directory.Root).ToList();

        Assert.Equal(["0001", "0002"], pages.Select(p => p.FileId));
        Assert.Equal("https://example.test/a", pages[0].Url);
        Assert.Equal("<p>first</p>", System.Text.Encoding.UTF8.GetString(pages[0].Html.Span));
        Assert.Equal("<p>second</p>", System.Text.Encoding.UTF8.GetString(pages[1].Html.Span));
        Assert.Equal(new GroundTruth(null, "Ann Lee", "2024-05-01", "first", [], []), pages[0].Truth with { With = [], Without = [] });
        Assert.Equal("Two", pages[1].Truth.Title);
        Assert.Equal(["sec"], pages[1].Truth.With.AsEnumerable());
    }

    [Fact]
    public void A_directory_without_ground_truth_is_rejected()
    {
        using var directory = new TempDirectory();
        Assert.Throws<DirectoryNotFoundException>(() => LabelledSetReader.Read(directory.Root));
    }

    [Fact]
    public void A_ground_truth_file_without_its_page_is_reported()
    {
        using var directory = new TempDirectory();
        directory.Write("ground-truth/0007.json", "{\"file_id\":\"0007\",\"ground_truth\":{\"main_content\":\"x\"}}");

        var error = Assert.Throws<InvalidDataException>(() => LabelledSetReader.Read(directory.Root).ToList());
        Assert.Contains("html/0007.html", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"file_id\":\"1\"}")]
    [InlineData("[1,2]")]
    public void Invalid_ground_truth_is_reported(string json)
        => Assert.Throws<InvalidDataException>(() => LabelledSetReader.ParseTruth(System.Text.Encoding.UTF8.GetBytes(json), "x", "x.json"));
}
