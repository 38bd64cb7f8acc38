using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Evaluation;
using NewsTrace.Extraction;
using NewsTrace.Ingest;
using NewsTrace.Tests.Ingest;

namespace NewsTrace.Tests.Evaluation;

public class ExtractionEvaluatorTests
{
    private static LabelledPage Page(string id, GroundTruth truth) => new(id, $"https://example.test/{id}", "<p>x</p>"u8.ToArray(), truth);

    private static GroundTruth Truth(string main, string? title = null, string? author = null, string? date = null, string[]? with = null, string[]? without = null)
        => new(title, author, date, main, [.. with ?? []], [.. without ?? []]);

    [Fact]
    public void Scores_text_snippets_and_metadata_of_one_page()
    {
        var page = Page("0001", Truth(
            "The ferry to Ostra Island sails again on Monday.",
            title: "Ferry  sails again",
            author: "Ann Lee and Bo Park",
            date: "2024-05-01T09:30:00+02:00",
            with: ["ferry to Ostra", "Tuesday"],
            without: ["Subscribe now", "sails again"]));
        var article = ScriptedExtractor.Article(
            "The ferry to Ostra Island sails again on Monday. Subscribe\nnow!",
            title: "Ferry sails again",
            authors: ["Bo Park", "Ann Lee"],
            published: new PublishDate(new DateOnly(2024, 5, 1), new TimeOnly(9, 30)));

        var score = ExtractionEvaluator.Score(page, article, error: null, milliseconds: 2);

        // Extracted has 11 words, gold 9, all 9 gold words found.
        Assert.Equal(9.0 / 11, score.Words.Precision, 10);
        Assert.Equal(1.0, score.Words.Recall, 10);
        Assert.Equal((1, 2), (score.WithFound, score.WithTotal));
        Assert.Equal((0, 2), (score.WithoutAbsent, score.WithoutTotal));
        Assert.True(score.TitleMatch);
        Assert.True(score.AuthorMatch);
        Assert.True(score.DateMatch);
        Assert.Equal("2024-05-01", score.Date);
        Assert.False(score.Failed);
    }

    [Fact]
    public void Empty_gold_metadata_is_not_scored_and_wrong_metadata_is_a_miss()
    {
        var unscored = ExtractionEvaluator.Score(Page("1", Truth("text", title: " ", author: null, date: "")), ScriptedExtractor.Article("text", title: "Anything"), null, 0);
        Assert.Null(unscored.TitleMatch);
        Assert.Null(unscored.AuthorMatch);
        Assert.Null(unscored.DateMatch);

        var wrong = ExtractionEvaluator.Score(
            Page("2", Truth("text", title: "Ferry sails", author: "Ann Lee", date: "2024-05-01")),
            ScriptedExtractor.Article("text", title: "Ferry sails | Example News", authors: ["Ann Lee", "Cy Dunn"], published: new PublishDate(new DateOnly(2024, 5, 2))),
            null,
            0);
        Assert.False(wrong.TitleMatch);
        Assert.False(wrong.AuthorMatch);
        Assert.False(wrong.DateMatch);
    }

    [Fact]
    public void A_failed_page_scores_as_empty_text_and_the_run_goes_on()
    {
        using var directory = new TempDirectory();
        LabelledSetFixture.AddPage(directory, "0001", "<p>a</p>", LabelledSetFixture.Truth("harbour opens today", title: "Harbour opens", with: ["harbour opens"], without: ["Log in"]));
        LabelledSetFixture.AddPage(directory, "0002", "<p>b</p>", LabelledSetFixture.Truth("bridge closes tonight", title: "Bridge closes", date: "2024-06-02", with: ["bridge"], without: ["Log in"]), gzip: true);
        var extractor = new ScriptedExtractor(new Dictionary<string, Article>
        {
            ["0001"] = ScriptedExtractor.Article("Harbour opens today. Log in", title: "Harbour opens"),
        });

        var evaluation = new ExtractionEvaluator(extractor).Evaluate(LabelledSetReader.Read(directory.Root));

        Assert.Equal(2, evaluation.PageCount);
        Assert.Equal(1, evaluation.FailedCount);
        Assert.Equal("no article text found (scripted)", evaluation.Pages[1].Error);
        Assert.Equal(0, evaluation.Pages[1].Words.F1);

        // Page 1: precision 3/5, recall 1, F1 0.75; page 2: 0. Means over both pages.
        Assert.Equal((0.6 + 0) / 2, evaluation.Precision, 10);
        Assert.Equal((1.0 + 0) / 2, evaluation.Recall, 10);
        Assert.Equal((0.75 + 0) / 2, evaluation.F1, 10);

        // Snippets pooled over pages: with 1 of 2 found; without 1 of 2 absent (the failed page contains nothing).
        Assert.Equal(0.5, evaluation.WithRate, 10);
        Assert.Equal(0.5, evaluation.WithoutRate, 10);
        Assert.Equal(new Accuracy(1, 2), evaluation.Title);
        Assert.Equal(new Accuracy(0, 1), evaluation.Date);
        Assert.Equal(new Accuracy(0, 0), evaluation.Author);
        Assert.Equal(["0002", "0001"], evaluation.Worst(5).Select(p => p.FileId));
    }

    [Fact]
    public void An_extractor_bug_on_one_page_is_that_page_s_failure()
    {
        var extractor = new ScriptedExtractor(new Dictionary<string, Article> { ["ok"] = ScriptedExtractor.Article("harbour opens") });
        LabelledPage[] pages = [Page(ScriptedExtractor.BuggyPage, Truth("harbour opens")), Page("ok", Truth("harbour opens"))];

        var evaluation = new ExtractionEvaluator(extractor).Evaluate(pages);

        Assert.Equal("InvalidOperationException: scripted bug", evaluation.Pages[0].Error);
        Assert.Equal(1.0, evaluation.Pages[1].Words.F1);
        Assert.Equal(1, evaluation.FailedCount);
    }

    [Fact]
    public void Pages_are_given_to_the_extractor_as_html_with_their_url_and_a_content_id()
    {
        var extractor = new ScriptedExtractor(ImmutableDictionary<string, Article>.Empty);
        var page = new LabelledPage("0009", "https://example.test/story", "<p>hi</p>"u8.ToArray(), Truth("hi"));

        new ExtractionEvaluator(extractor).EvaluatePage(page);

        var input = Assert.Single(extractor.Inputs);
        Assert.Equal(InputFormat.Html, input.Format);
        Assert.Equal("https://example.test/story", input.Metadata.Url);
        Assert.Equal(DocumentId.FromContent("<p>hi</p>"u8), input.Id);
    }

    [Fact]
    public void The_real_extractor_gets_a_clean_hand_made_page_right()
    {
        using var directory = new TempDirectory();
        const string html = """
            <html><head><title>Lantern festival returns to Veyra | Coastline Daily</title>
            <meta property="og:title" content="Lantern festival returns to Veyra">
            <meta name="author" content="Mira Kovac">
            <meta property="article:published_time" content="2024-09-14T18:00:00+02:00"></head>
            <body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
            <article><h1>Lantern festival returns to Veyra</h1>
            <p>Paper lanterns will line the old canal of Veyra this weekend for the first time in four years.</p>
            <p>Organisers expect twelve thousand visitors and have added two extra night ferries.</p></article>
            <footer>Copyright Coastline Daily. All rights reserved.</footer></body></html>
            """;
        LabelledSetFixture.AddPage(directory, "0001", html, LabelledSetFixture.Truth(
            "Paper lanterns will line the old canal of Veyra this weekend for the first time in four years.\n\nOrganisers expect twelve thousand visitors and have added two extra night ferries.",
            title: "Lantern festival returns to Veyra",
            author: "Mira Kovac",
            date: "2024-09-14",
            with: ["two extra night ferries"],
            without: ["All rights reserved"]));

        var evaluation = new ExtractionEvaluator(new ArticleExtractor()).Evaluate(LabelledSetReader.Read(directory.Root));

        var page = Assert.Single(evaluation.Pages);
        Assert.Null(page.Error);
        Assert.Equal(1.0, page.Words.Recall, 10);
        Assert.Equal(1, page.WithFound);
        Assert.Equal(1, page.WithoutAbsent);
        Assert.True(page.TitleMatch);
        Assert.True(page.AuthorMatch);
        Assert.True(page.DateMatch);
    }
}
