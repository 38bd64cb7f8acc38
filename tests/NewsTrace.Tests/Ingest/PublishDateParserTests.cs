using NewsTrace.Ingest;

namespace NewsTrace.Tests.Ingest;

public sealed class PublishDateParserTests
{
    [Theory]
    [InlineData("2023-10-19", "2023-10-19")]
    [InlineData("2023-10-19T08:30:15+09:00", "2023-10-19T08:30:15+09:00")]
    [InlineData("2023-10-19T08:30:15+0900", "2023-10-19T08:30:15+09:00")]
    [InlineData("2023-10-19T08:30Z", "2023-10-19T08:30+00:00")]
    [InlineData("Thu, 19 Oct 2023 08:30:00 GMT", "2023-10-19T08:30:00+00:00")]
    [InlineData("Thu, 19 Oct 2023 08:30:00 +0900", "2023-10-19T08:30:00+09:00")]
    [InlineData("19 October 2023 08:30 EDT", "2023-10-19T08:30-04:00")]
    [InlineData("Fri, 19 Oct 23 08:30:00 -0500", "2023-10-19T08:30:00-05:00")]
    [InlineData("19 Oct 2023", "2023-10-19")]
    [InlineData("1697704215", "2023-10-19T08:30:15+00:00")]
    [InlineData("1697704215000", "2023-10-19T08:30:15+00:00")]
    public void Parses_iso_rfc822_and_unix_time(string value, string expected)
    {
        Assert.True(PublishDateParser.TryParse(value, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2023")]
    [InlineData("31 Feb 2023")]
    [InlineData("Thu, 19 Oct 2023 25:30:00 GMT")]
    [InlineData("19 Oct 2023 08:30 Mars/Olympus")]
    public void Rejects_what_it_cannot_read(string value)
    {
        Assert.False(PublishDateParser.TryParse(value, out _));
    }
}
