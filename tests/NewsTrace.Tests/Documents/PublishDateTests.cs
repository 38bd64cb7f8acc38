using NewsTrace.Documents;

namespace NewsTrace.Tests.Documents;

public sealed class PublishDateTests
{
    [Theory]
    [InlineData("2023-10-19", "2023-10-19")]
    [InlineData("2023-10-19T08:30", "2023-10-19T08:30")]
    [InlineData("2023-10-19T08:30:15", "2023-10-19T08:30:15")]
    [InlineData("2023-10-19T08:30:15+09:00", "2023-10-19T08:30:15+09:00")]
    [InlineData("2023-10-19T23:30:15-05:00", "2023-10-19T23:30:15-05:00")]
    [InlineData("2023-10-19T08:30:15Z", "2023-10-19T08:30:15+00:00")]
    [InlineData("2023-10-19T08:30:15.123Z", "2023-10-19T08:30:15+00:00")]
    [InlineData(" 2023-10-19 ", "2023-10-19")]
    public void Parses_iso_forms_and_keeps_their_precision(string input, string expected)
    {
        Assert.True(PublishDate.TryParseIso(input, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("October 19, 2023")]
    [InlineData("2023-02-30")]
    [InlineData("2023-13-01")]
    [InlineData("19/10/2023")]
    public void Rejects_what_is_not_an_iso_date(string input) => Assert.False(PublishDate.TryParseIso(input, out _));

    [Fact]
    public void A_bare_day_is_not_moved_by_time_zones()
    {
        Assert.True(PublishDate.TryParseIso("2023-10-19", out var date));
        Assert.Null(date.Time);
        Assert.Equal(new DateOnly(2023, 10, 19), date.Date);
    }
}
