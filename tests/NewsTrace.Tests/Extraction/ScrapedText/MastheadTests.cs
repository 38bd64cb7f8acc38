using NewsTrace.Extraction.ScrapedText;

namespace NewsTrace.Tests.Extraction.ScrapedText;

/// <summary>A masthead line between the headline and the date is no headline: the longer line above it is, and stays in the text.</summary>
public sealed class MastheadTests
{
    [Theory]
    [InlineData("The Steppe Courier")]
    [InlineData("Harbour Free Press")]
    [InlineData("The Times of Karsenia")]
    [InlineData("Norland English Edition")]
    public void The_headline_above_a_masthead_is_the_title_and_stays_in_the_text(string masthead)
    {
        var page = ScrapedTextCleaner.Clean(
            "Most voters back the new dam, election commission says\n" + masthead + "\nOctober 7, 2024\n\n"
            + "Nearly two thirds of voters backed the dam in Sunday's referendum, the Central Election Commission said on Monday.\n\n"
            + "Turnout was 61 per cent, it said, the highest in a decade.\n");

        Assert.Equal("Most voters back the new dam, election commission says", page.Title);
        Assert.StartsWith("Most voters back the new dam, election commission says\n", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_headline_in_title_case_under_a_longer_line_is_still_the_headline()
    {
        var page = ScrapedTextCleaner.Clean(
            "Storm warnings issued across the north\nFerry Strike Ends\nOctober 7, 2024\n\n"
            + "The ferry strike ended on Monday after the owners agreed to a new rota, the union said.\n\n"
            + "Crews return to work on Tuesday, it said, and the first boats sail at six.\n");

        Assert.Equal("Ferry Strike Ends", page.Title);
    }
}
