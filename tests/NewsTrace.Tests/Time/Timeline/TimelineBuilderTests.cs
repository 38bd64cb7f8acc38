using NewsTrace.Time;
using NewsTrace.Time.Timeline;

namespace NewsTrace.Tests.Time.Timeline;

public sealed class TimelineBuilderTests
{
    private static readonly NewsTrace.Documents.Document Wire = TimelineFixtures.Article(
        "wire",
        "Northline Wire",
        "2024-10-17T12:00",
        "HALVERN, Oct. 17 (Northline) — Environment Minister Petra Aldous opened the new Halvern flood barrier on Thursday. "
        + "Aldous arrived in Halvern on Wednesday evening and toured the damaged Brenna embankment with mayor Oskar Vint. "
        + "The old barrier failed in March 2022, when the river rose by four metres. "
        + "Separately, the regional court fined the Halvern ferry operator on Wednesday over late timetables.");

    private static readonly NewsTrace.Documents.Document Rewrite = TimelineFixtures.Article(
        "rewrite",
        "Valley Post",
        "2024-10-18T08:00",
        "Minister Petra Aldous toured the Brenna embankment with Halvern mayor Oskar Vint on Wednesday. "
        + "Aldous then opened the new flood barrier on Thursday, two years after the old one failed. "
        + "Officials say the works will be finished by 2026.");

    [Fact]
    public void The_same_event_told_by_two_articles_is_one_event_with_both_sources()
    {
        var timeline = TimelineBuilder.Build("s1", "Barrier", [Rewrite, Wire]);

        var tour = Assert.Single(timeline.Events, e => e.Date.Value == "2024-10-16" && e.Sources.Any(s => s.SentenceText.Contains("embankment", StringComparison.Ordinal)));
        Assert.Equal(["wire", "rewrite"], tour.Sources.Select(s => s.ArticleId));
        Assert.Equal(["Northline Wire", "Valley Post"], tour.Sources.Select(s => s.Site));
        Assert.Equal("Wednesday evening", tour.Sources[0].ExpressionText);

        var opening = Assert.Single(timeline.Events, e => e.Date.Value == "2024-10-17");
        Assert.Equal(2, opening.Sources.Select(s => s.ArticleId).Distinct().Count());
    }

    [Fact]
    public void Different_events_of_one_day_stay_apart()
    {
        var timeline = TimelineBuilder.Build("s1", "Barrier", [Wire, Rewrite]);

        var wednesday = timeline.Events.Where(e => e.Date.Value == "2024-10-16").ToList();
        Assert.Equal(2, wednesday.Count);
        Assert.Contains(wednesday, e => e.Text.Contains("ferry", StringComparison.Ordinal) && e.Sources.Length == 1);
    }

    [Fact]
    public void Events_are_in_date_order_and_keep_their_precision()
    {
        var timeline = TimelineBuilder.Build("s1", "Barrier", [Wire, Rewrite]);

        Assert.Equal(2, timeline.Articles);
        var first = timeline.Events[0];
        Assert.Equal("2022-03", first.Date.Value);
        Assert.Equal(DatePrecision.Month, first.Date.Precision);
        Assert.True(timeline.Events.Select(e => e.Date.First).SequenceEqual(timeline.Events.Select(e => e.Date.First).Order()));
        Assert.Equal("2024-10-17", timeline.Events[^1].Date.Value);
    }

    [Fact]
    public void Bounds_and_targets_are_not_events()
    {
        var timeline = TimelineBuilder.Build("s1", "Barrier", [Wire, Rewrite]);

        Assert.DoesNotContain(timeline.Events, e => e.Date.Value == "2026");
    }

    [Fact]
    public void An_article_without_a_publish_date_gives_no_relative_events_but_keeps_its_full_dates()
    {
        var undated = TimelineFixtures.Article(
            "undated",
            "Unknown",
            null,
            "The barrier opened on Thursday. The old one failed on 14 March 2022 after days of rain.");

        var timeline = TimelineBuilder.Build("s2", null, [undated]);

        var only = Assert.Single(timeline.Events);
        Assert.Equal("2022-03-14", only.Date.Value);
    }

    [Fact]
    public void No_articles_give_an_empty_timeline()
    {
        var timeline = TimelineBuilder.Build("s3", null, []);

        Assert.Empty(timeline.Events);
        Assert.Equal(0, timeline.Articles);
    }
}
