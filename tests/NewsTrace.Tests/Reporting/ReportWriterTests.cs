using NewsTrace.Reporting;
using NewsTrace.Storage;
using NewsTrace.Stories;

namespace NewsTrace.Tests.Reporting;

public sealed class ReportWriterTests
{
    private static CorpusReport Report(string title)
    {
        var article = new ArticleSummary("0123456789abcdef", "pages/a.html", null, title, "Example Site", null, "2023-10-19", 1200, "hash0123456789ab");
        return new CorpusReport(
            new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero),
            new CorpusStatistics(1, 1, 1, 1200, "2023-10-19", "2023-10-19", 1),
            ExactCopyStories.Group([article]),
            [article],
            new Dictionary<string, ArticleAnalysisCounts> { [article.Id] = new(12, 3, 2, 4, 0) },
            [new IngestFailure("bad.gz", "gzip stream is truncated", DateTimeOffset.UnixEpoch)]);
    }

    [Fact]
    public void Html_escapes_hostile_article_data()
    {
        var output = new StringWriter();

        new HtmlReportWriter().Write(Report("<script>alert(1)</script>"), output);

        var html = output.ToString();
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_lists_articles_counts_and_failures_and_keeps_tables_intact()
    {
        var output = new StringWriter();

        new MarkdownReportWriter().Write(Report("A | B\nC"), output);

        var markdown = output.ToString();
        Assert.Contains("A \\| B C", markdown, StringComparison.Ordinal);
        Assert.Contains("| 12 | 2 | 4 |", markdown, StringComparison.Ordinal);
        Assert.Contains("gzip stream is truncated", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_from_a_document_agree_with_counts_from_its_stored_json()
    {
        var document = new NewsTrace.Documents.Document("abc", "One. Two.", NewsTrace.Documents.ArticleMetadata.Empty)
            .WithLayer(NewsTrace.Pipeline.Layers.Sentences, [new NewsTrace.Documents.TextSpan(0, 4), new NewsTrace.Documents.TextSpan(5, 9)])
            .WithFailure(new NewsTrace.Pipeline.StageFailure("time", "boom"));

        var fromDocument = ArticleAnalysisCounts.FromDocument(document);

        Assert.Equal(new ArticleAnalysisCounts(2, 0, 0, 0, 1), fromDocument);
        Assert.Equal(ArticleAnalysisCounts.FromJson(NewsTrace.Pipeline.ContractJson.LayersToJson(document)), fromDocument);
    }
}
