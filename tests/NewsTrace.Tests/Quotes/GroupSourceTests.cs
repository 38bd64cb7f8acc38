using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Unnamed sources introduced with a number ("one strategist", "two lawmakers") and taken up by "they", "one of them" or "the source".</summary>
public sealed class GroupSourceTests
{
    private const string Lawmakers = "Two Labour councillors, speaking on condition of anonymity, told us the leaflet had upset older voters in the ward.\n\n";

    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Fact]
    public void One_of_them_after_a_group_source_is_one_of_that_group()
    {
        const string text = Lawmakers + "“We lost the pensioners in a week,” one of them said.";

        Assert.Equal("Labour councillor", WithText(text, "We lost the pensioners in a week,").Speaker);
    }

    [Fact]
    public void They_after_a_group_source_is_the_group()
    {
        const string text = Lawmakers + "“Nobody in the party listened to us,” they said.";

        Assert.Equal("Labour councillors", WithText(text, "Nobody in the party listened to us,").Speaker);
    }

    [Theory]
    [InlineData("“The count will take a week,” one county clerk told reporters.", "The count will take a week,", "county clerk")]
    [InlineData("One county clerk said the count would take a week.", "the count would take a week", "county clerk")]
    public void One_before_an_unnamed_source_is_dropped_like_an_article(string text, string inner, string speaker)
    {
        Assert.Equal(speaker, WithText(text, inner).Speaker);
    }

    [Fact]
    public void The_source_takes_up_a_source_introduced_with_one()
    {
        const string text = "One senior party source said the vote was close. “Nobody expected it,” the source said.";

        Assert.Equal("senior party source", WithText(text, "Nobody expected it,").Speaker);
    }

    [Fact]
    public void A_definite_description_does_not_take_up_an_article_of_the_sentence_before()
    {
        const string text = "Senator Mara Lindqvist is seeking a third term. “She has run from every debate,” her rival Ivo Brandt said in a statement.\n\n"
                            + "The senator, campaigning in the north, told reporters that she had never missed a vote.\n\n"
                            + "She would debate her rival twice, the senator said.";

        Assert.Equal("Mara Lindqvist", WithText(text, "she had never missed a vote").Speaker);
        Assert.Equal("Mara Lindqvist", WithText(text, "She would debate her rival twice").Speaker);
    }

    [Fact]
    public void An_adverb_after_the_auxiliary_is_no_part_of_the_source()
    {
        const string text = "Dairy farming groups have long warned that a deal could open the market to cheaper cheese.";

        Assert.Equal("Dairy farming groups", WithText(text, "a deal could open the market to cheaper cheese").Speaker);
    }

    [Theory]
    [InlineData("Mara Lindqvist toured the state on Monday. The Brandt campaign said it would spend $2 million on new ads.", "it would spend $2 million on new ads", "Brandt campaign")]
    [InlineData("Ivo Brandt is the nominee. He has visited the state nine times since the spring, his campaign said.", "He has visited the state nine times since the spring", "Ivo Brandt's campaign")]
    public void A_campaign_speaks_as_the_campaign_of_its_candidate(string text, string inner, string speaker)
    {
        Assert.Equal(speaker, WithText(text, inner).Speaker);
    }

    [Theory]
    [InlineData("One member of the City Council said the council had less than a week to read the documents.", "member of the City Council")]
    [InlineData("Even some members of his own party said the pardon went too far.", "members of his own party")]
    [InlineData("One of them said the judge had given him until May to finish.", "One of them")]
    public void A_lone_numeral_and_an_adverb_before_a_quantifier_are_no_part_of_the_group(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(QuoteFinder.Find(text)).Speaker);
    }
}
