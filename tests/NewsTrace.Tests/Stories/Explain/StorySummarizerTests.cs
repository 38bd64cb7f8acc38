using NewsTrace.Reuse;
using NewsTrace.Stories.Summary;

namespace NewsTrace.Tests.Stories.Explain;

public sealed class StorySummarizerTests
{
    [Fact]
    public void The_title_is_the_headline_of_the_most_central_article()
    {
        var evidence = StoryEvidenceFixture.Evidence();

        var summary = StorySummarizer.Summarize(evidence);

        var best = evidence.Centrality.Values.Max();
        Assert.Equal(best, evidence.Centrality[summary.CentralArticleId!], 9);
        Assert.Equal(evidence.Story.Articles.Single(a => a.Id == summary.CentralArticleId).Title, summary.Title);
    }

    [Fact]
    public void Ties_go_to_the_earliest_article()
    {
        // a1 and a4 are the same text, so they score the same; a1 is listed (published) first.
        var evidence = StoryEvidenceFixture.Evidence();
        Assert.Equal(evidence.Centrality["a1"], evidence.Centrality["a4"], 12);

        var summary = StorySummarizer.Summarize(evidence);

        Assert.NotEqual("a4", summary.CentralArticleId);
    }

    [Fact]
    public void Exact_copies_and_reuse_make_one_report_and_same_story_reporting_does_not()
    {
        var plain = StorySummarizer.Summarize(StoryEvidenceFixture.Evidence());
        var linked = StorySummarizer.Summarize(StoryEvidenceFixture.Evidence(
        [
            new PairComparison("a2", "a3", ReuseRelation.Rewrite, 0.7, 0.8, 0.8, []),
            new PairComparison("a1", "a3", ReuseRelation.SameStory, 0.3, 0, 0, []),
        ]));

        Assert.Equal(4, plain.ArticleCount);
        Assert.Equal(3, plain.IndependentReports);
        Assert.Equal(1, plain.Copies);
        Assert.Contains(plain.Reports, r => r.SequenceEqual(["a1", "a4"]));
        Assert.Equal(2, linked.IndependentReports);
        Assert.Equal(2, linked.Copies);
    }

    [Fact]
    public void Dates_outlets_key_entities_and_lead_sentences_come_from_the_members()
    {
        var evidence = StoryEvidenceFixture.Evidence();

        var summary = StorySummarizer.Summarize(evidence);

        Assert.Equal("2023-03-07", summary.FirstPublished);
        Assert.Equal("2023-03-08", summary.LastPublished);
        Assert.Equal(["mirror.example", "site-a1.example", "site-a2.example", "site-a3.example"], summary.Outlets.Order(StringComparer.Ordinal));
        Assert.NotEmpty(summary.KeyEntities);
        Assert.Equal(summary.KeyEntities.Select(e => e.Articles).OrderDescending(), summary.KeyEntities.Select(e => e.Articles));
        Assert.InRange(summary.LeadSentences.Count, 1, 2);
        var central = evidence.DocumentOf(summary.CentralArticleId!)!;
        Assert.StartsWith(summary.LeadSentences[0][..20], central.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_partition_the_articles()
    {
        var reports = IndependentReports.Group(StoryEvidenceFixture.Ferry().Story.Articles, [new PairComparison("a3", "a1", ReuseRelation.NearCopy, 0.9, 1, 1, [])]);

        Assert.Equal(2, reports.Count);
        Assert.Equal(["a1", "a3", "a4"], reports[0].Order(StringComparer.Ordinal));
        Assert.Equal(["a2"], reports[1]);
    }
}
