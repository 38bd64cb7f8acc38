using NewsTrace.Time;

namespace NewsTrace.Tests.Time;

public sealed class DateAnomalyTests
{
    [Theory]
    [InlineData("The treaty was signed on October 47, 2021, the blog says.", "October 47, 2021")]
    [InlineData("A note dated October 75 was found.", "October 75")]
    [InlineData("The deadline was February 30.", "February 30")]
    [InlineData("The deadline was 30 February 2023.", "30 February 2023")]
    [InlineData("The law took effect on February 29, 2023.", "February 29, 2023")]
    [InlineData("The form says 2/30/2023 in the date box.", "2/30/2023")]
    [InlineData("The form says 2023-02-30 in the date box.", "2023-02-30")]
    public void Impossible_dates_are_flagged_and_get_no_value(string text, string expression)
    {
        var tagging = TimexAssert.Tag(text, "2024-10-18");
        var timex = Assert.Single(tagging.Timexes, t => t.Span.Of(text) == expression);
        Assert.Equal("DATE", timex.Type);
        Assert.Null(timex.Value);
        var anomaly = Assert.Single(tagging.Anomalies);
        Assert.Equal(DateAnomaly.ImpossibleDate, anomaly.Kind);
        Assert.Equal(timex.Span, anomaly.Span);
        Assert.False(string.IsNullOrWhiteSpace(anomaly.Message));
    }

    [Fact]
    public void A_leap_day_in_a_leap_year_is_fine()
    {
        var tagging = TimexAssert.Tag("The law took effect on February 29, 2024.", "");
        Assert.Equal("2024-02-29", Assert.Single(tagging.Timexes).Value);
        Assert.Empty(tagging.Anomalies);
    }

    [Theory]
    [InlineData("Tuesday, October 17, 2024", "2024-10-17 is a Thursday, not a Tuesday")]
    [InlineData("Monday, March 4, 2025", "2025-03-04 is a Tuesday, not a Monday")]
    public void A_weekday_that_does_not_match_its_date_is_flagged(string expression, string message)
    {
        var text = $"Posted {expression} by the desk.";
        var tagging = TimexAssert.Tag(text, "");
        var timex = Assert.Single(tagging.Timexes);
        Assert.Equal(expression, timex.Span.Of(text));
        var anomaly = Assert.Single(tagging.Anomalies);
        Assert.Equal(DateAnomaly.WeekdayMismatch, anomaly.Kind);
        Assert.Equal(message, anomaly.Message);
    }

    [Theory]
    [InlineData("Thursday, October 17, 2024")]
    [InlineData("Thursday 17 October 2024")]
    public void A_matching_weekday_is_part_of_the_date_and_not_flagged(string expression)
    {
        var text = $"Posted {expression} by the desk.";
        var tagging = TimexAssert.Tag(text, "");
        Assert.Equal("2024-10-17", Assert.Single(tagging.Timexes).Value);
        Assert.Empty(tagging.Anomalies);
    }

    [Fact]
    public void A_weekday_beside_a_date_without_year_is_checked_against_the_resolved_year()
    {
        var tagging = TimexAssert.Tag("It opened on Friday, Oct. 17.", "2024-10-20");
        Assert.Equal(DateAnomaly.WeekdayMismatch, Assert.Single(tagging.Anomalies).Kind);
    }
}
