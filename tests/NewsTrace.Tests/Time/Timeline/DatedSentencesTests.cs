using NewsTrace.Time;
using NewsTrace.Time.Timeline;

namespace NewsTrace.Tests.Time.Timeline;

public sealed class DatedSentencesTests
{
    [Fact]
    public void A_sentence_with_a_day_and_a_month_is_anchored_to_the_day()
    {
        const string text = "The minister promised on Thursday to reopen the crossing, shut since a bridge collapsed in March 2022.";
        var document = TimelineFixtures.Article("a", "Site", "2024-10-17", text);

        var dated = Assert.Single(DatedSentences.Find(document));

        Assert.Equal("2024-10-17", dated.Date.Value);
        Assert.Equal(DatePrecision.Day, dated.Date.Precision);
        Assert.Equal("Thursday", dated.Expression.Of(text));
        Assert.Equal(text, dated.Sentence.Of(text));
    }

    [Theory]
    [InlineData("Posted on: 17/10/2024 Time: 10:00 By Desk\n\nThe council met to discuss the budget.")]
    [InlineData("Relations have been cool since 2021, and trade should recover by 2026.")]
    [InlineData("The plan for 2024-2025 was signed by both sides.")]
    [InlineData("Today's world is divided, the minister said.")]
    [InlineData("Kim travelled to Russia, and the minister came one month later.")]
    [InlineData("17 October 2024 16:30 · No. 1987")]
    public void Shown_dates_bounds_ranges_and_counted_dates_anchor_nothing(string text)
    {
        var document = TimelineFixtures.Article("a", "Site", "2024-10-17", text);

        Assert.Empty(DatedSentences.Find(document));
    }
}
