using NewsTrace.Time;

namespace NewsTrace.Tests.Time.Consistency;

public sealed class PastTenseAfterPublishTests
{
    [Theory]
    [InlineData("The talks took place on 20 November in Velgrad.", "20 November", "2024-11-20 is 10 days after the publish date 2024-11-10, but the sentence tells it in the past tense")]
    [InlineData("The treaty was signed on November 20, 2024, in the old town hall.", "November 20, 2024", null)]
    [InlineData("The mayor opened the new ferry line on Nov. 28.", "Nov. 28", null)]
    [InlineData("The agreement was finally ratified in December 2024.", "December 2024", null)]
    public void A_written_out_date_after_publication_told_as_past_is_flagged(string text, string expression, string? message)
    {
        var tagging = TimexAssert.Tag(text, "2024-11-10");

        var anomaly = Assert.Single(tagging.Anomalies);
        Assert.Equal(DateAnomaly.PastTenseAfterPublish, anomaly.Kind);
        Assert.Equal(expression, anomaly.Span.Of(text));
        if (message is not null)
        {
            Assert.Equal(message, anomaly.Message);
        }

        // The value stays what the text says: the anomaly tells the reader which of the two dates to doubt.
        Assert.NotNull(Assert.Single(tagging.Timexes, t => t.Span == anomaly.Span).Value);
    }

    [Theory]
    [InlineData("The talks will take place on 20 November in Velgrad.")]
    [InlineData("The ministers agreed to meet on 20 November.")]
    [InlineData("The vote was postponed until 20 November.")]
    [InlineData("The summit, which was scheduled for 20 November, drew protests.")]
    [InlineData("He said on Friday that talks would resume on 20 November.")]
    [InlineData("The talks took place on 9 November in Velgrad.")]
    [InlineData("The talks took place on 11 November, late in the evening.")]
    [InlineData("Officials met in November to prepare the visit.")]
    [InlineData("The 2025 budget was approved by parliament.")]
    [InlineData("Lawmakers had set a deadline of 20 November for the bill.")]
    public void Plans_deadlines_and_past_dates_are_not_flagged(string text)
    {
        Assert.DoesNotContain(TimexAssert.Tag(text, "2024-11-10").Anomalies, a => a.Kind == DateAnomaly.PastTenseAfterPublish);
    }

    [Fact]
    public void Without_a_publish_date_nothing_can_be_after_it()
    {
        Assert.Empty(TimexAssert.Tag("The treaty was signed on November 20, 2024.", "").Anomalies);
    }
}
