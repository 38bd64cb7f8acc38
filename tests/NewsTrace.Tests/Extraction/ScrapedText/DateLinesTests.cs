using NewsTrace.Extraction.ScrapedText;

namespace NewsTrace.Tests.Extraction.ScrapedText;

public class DateLinesTests
{
    [Theory]
    [InlineData("Date: May 30, 2024 Time: 19:57:47", "2024-05-30T19:57:47", DateLineLabel.Published)]
    [InlineData(" date 2024-01-25 WORLD", "2024-01-25", DateLineLabel.Published)]
    [InlineData("Published: 30 May 2024", "2024-05-30", DateLineLabel.Published)]
    [InlineData("Published 18 October 2024, 09:30", "2024-10-18T09:30", DateLineLabel.Published)]
    [InlineData("October 19, 2023 10:30 AM", "2023-10-19T10:30", DateLineLabel.None)]
    [InlineData("Thursday 21 November 2024", "2024-11-21", DateLineLabel.None)]
    [InlineData("Thursday, May 30, 2024", "2024-05-30", DateLineLabel.None)]
    [InlineData("Updated 3 May 2024, 6.40pm", "2024-05-03T18:40", DateLineLabel.Updated)]
    [InlineData("Posted on 2 June 2024 at 08:15 UTC", "2024-06-02T08:15+00:00", DateLineLabel.Published)]
    [InlineData("2024-01-25T14:30:00+02:00", "2024-01-25T14:30:00+02:00", DateLineLabel.None)]
    public void Date_lines(string line, string expected, DateLineLabel label)
    {
        Assert.True(DateLines.TryRead(line.Trim(), out var date, out var found));
        Assert.Equal(expected, date.ToString());
        Assert.Equal(label, found);
    }

    [Theory]
    [InlineData("Storm floods the valley towns on October 19, 2023 after a week of rain")]
    [InlineData("Gideon Marsh · 18 Oct 2024 · The Eastern Ledger")]
    [InlineData("The protocol of October 47, 2021 remains in force.")]
    [InlineData("No date here at all")]
    public void Not_date_lines(string line) => Assert.False(DateLines.TryRead(line, out _, out _));
}
