using NewsTrace.Extraction.ScrapedText;

namespace NewsTrace.Tests.Extraction.ScrapedText;

public class BylinesTests
{
    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("BY JANE DOE AND JOHN ROE", "Jane Doe|John Roe")]
    [InlineData("By Jane Doe, Reporter", "Jane Doe")]
    [InlineData("Jane Doe, Reporter", "Jane Doe")]
    [InlineData("Ruth Calloway, Continental Monitor", "Ruth Calloway")]
    [InlineData("Gideon Marsh · 18 Oct 2024 · The Eastern Ledger", "Gideon Marsh")]
    [InlineData("Posted by Tomas Reyes on 12 February 2025", "Tomas Reyes")]
    [InlineData("Written by Ana van Dijk | 3 min read", "Ana van Dijk")]
    public void Authors_of_bylines(string line, string expected)
    {
        Assert.True(Bylines.TryRead(line, out var byline));
        Assert.Equal(expected.Split('|'), byline.Authors);
    }

    [Theory]
    [InlineData("Email the author")]
    [InlineData("Staff")]
    [InlineData("Hours ago")]
    [InlineData("By Staff Reporter")]
    [InlineData("Thursday, May 30, 2024")]
    [InlineData("Capital Observer")]
    [InlineData("By the time the ferry arrived, the port was closed.")]
    public void Not_bylines_with_authors(string line)
        => Assert.True(!Bylines.TryRead(line, out var byline) || byline.Authors.IsEmpty);

    [Fact]
    public void A_byline_carries_its_date_and_agency()
    {
        Assert.True(Bylines.TryRead("By Nadia Petrov, Associated Press · 4 March 2025", out var byline));
        Assert.Equal<string>(["Nadia Petrov"], byline.Authors);
        Assert.Equal<string>(["AP"], byline.Credits);
        Assert.Equal("2025-03-04", byline.Date.ToString());
    }

    [Theory]
    [InlineData("Mila Sorensen is a reporter covering the port and shipping.", "Mila Sorensen")]
    [InlineData("Jon Ek is an editor for the site covering all kinds of news.", "Jon Ek")]
    [InlineData("The minister is a former reporter.", null)]
    public void Author_box_lines(string line, string? expected) => Assert.Equal(expected, Bylines.ReadBio(line));
}
