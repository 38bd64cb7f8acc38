using NewsTrace.Extraction.Metadata;

namespace NewsTrace.Tests.Extraction;

public class MetadataParsingTests
{
    [Theory]
    [InlineData("2023-10-19T08:30:15.123Z", "2023-10-19T08:30:15+00:00")]
    [InlineData("2023-10-19T08:30:15+0200", "2023-10-19T08:30:15+02:00")]
    [InlineData("2023-10-19T08:30:15.123456789Z", "2023-10-19")]
    [InlineData("Thu, 19 Oct 2023 08:30:00 GMT", "2023-10-19T08:30:00+00:00")]
    [InlineData("October 19, 2023", "2023-10-19")]
    [InlineData("Posted Oct. 19, 2023 at noon", "2023-10-19")]
    [InlineData("19th October 2023", "2023-10-19")]
    public void Dates_parse(string text, string expected)
    {
        Assert.True(DateParsing.TryParseAny(text, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("February 30, 2023")]
    [InlineData("0 May 2024")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void Non_dates_do_not_parse(string text) => Assert.False(DateParsing.TryParseAny(text, out _));

    [Theory]
    [InlineData("https://x.example/2023/10/19/story", "2023-10-19")]
    [InlineData("https://x.example/news/2023/2/9/story.html", "2023-02-09")]
    public void Url_dates_parse(string url, string expected)
    {
        Assert.True(DateParsing.TryParseUrlDate(url, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("https://x.example/2023/02/31/story")]
    [InlineData("https://x.example/2023/story")]
    public void Impossible_url_dates_do_not_parse(string url) => Assert.False(DateParsing.TryParseUrlDate(url, out _));

    [Theory]
    [InlineData("By Jane Doe", new[] { "Jane Doe" })]
    [InlineData("Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("By Jane Doe, Staff Writer", new[] { "Jane Doe" })]
    [InlineData("Staff", new string[0])]
    [InlineData("Email the author", new string[0])]
    [InlineData("October 19, 2023", new string[0])]
    [InlineData("https://www.facebook.com/janedoe", new string[0])]
    [InlineData("jane@example.com", new string[0])]
    [InlineData("By", new string[0])]
    [InlineData("Written By: Tom Reyes", new[] { "Tom Reyes" })]
    [InlineData("Posted by: Idle Reader", new[] { "Idle Reader" })]
    [InlineData("john.reyes", new string[0])]
    [InlineData("Name *", new string[0])]
    [InlineData("J.R. Hartley", new[] { "J.R. Hartley" })]
    public void Author_names_are_cleaned(string raw, string[] expected) => Assert.Equal(expected, AuthorNames.Parse(raw).ToArray());

    [Theory]
    [InlineData("Storm closes coastal road | Daily Tide", "Daily Tide", true, "Storm closes coastal road")]
    [InlineData("Daily Tide - Storm closes coastal road", "Daily Tide", false, "Storm closes coastal road")]
    [InlineData("Storm closes coastal road — Tide", null, true, "Storm closes coastal road")]
    [InlineData("Storm closes coastal road — Tide", null, false, "Storm closes coastal road — Tide")]
    [InlineData("Jets - Sharks", null, true, "Jets - Sharks")]
    public void Title_suffixes_are_removed(string title, string? site, bool allowShort, string expected)
        => Assert.Equal(expected, TitleCleaner.Clean(title, site, allowShort));
}
