using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Attribution patterns met in held-out set 18 (disposal wells, bail and airport lines), in sentences written for these tests.</summary>
public sealed class EighteenthHeldOutAttributionTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Theory]
    [InlineData("A person familiar with the lenders' position, who asked not to be identified, said the banks had offered a longer term.", "the banks", "person familiar with the lenders' position")]
    [InlineData("One inspector at O'Keefe, who asked not to be named, told the paper that the crews had skipped two checks in May.", "the crews", "inspector at O'Keefe")]
    [InlineData("An engineer at one of the smaller utilities, who was not allowed to speak publicly, said the parts had been on order since March.", "the parts", "engineer at one of the smaller utilities")]
    public void Someone_new_described_by_a_phrase_speaks_as_described(string text, string clause, string speaker)
        => Assert.Equal(speaker, Quote(text, clause).Speaker);

    [Fact]
    public void The_company_is_its_name_without_the_home_town()
    {
        const string text = "The plant's operator, Copper Flat Water Services of Odessa, said it would appeal the order.\n\n\"We have done nothing wrong at either site,\" the company said.";

        Assert.Equal("Copper Flat Water Services", Quote(text, "We have").Speaker);
    }

    [Fact]
    public void A_titled_person_of_a_body_after_the_speaks_not_the_body()
    {
        const string text = "The Rev. Ida Fensworth of the Hillcrest Baptist Church said the fire had started in the kitchen behind the hall.";

        Assert.Equal("Ida Fensworth", Quote(text, "the fire").Speaker);
    }

    [Theory]
    [InlineData("Thirty such claims are open, according to the Gulf Coast Drillers Association, which has called them \"a raid on honest work.\"", "a raid", "Gulf Coast Drillers Association")]
    [InlineData("The claims were brought by the Bayou Teche Coalition, which said the marsh had been lost over forty years of digging.", "the marsh", "Bayou Teche Coalition")]
    public void Which_after_a_comma_is_the_organisation_before_it(string text, string quote, string speaker)
    {
        var found = Quote(text, quote);

        Assert.Equal(speaker, found.Speaker);
        Assert.Equal("which", found.SpeakerSpan?.Of(text));
    }

    [Theory]
    [InlineData("One inspector at O'Keefe, who asked not to be named, said the crews had skipped two checks in May.\n\n\"Nobody wants to be the one who slows the line,\" the inspector said.", "Nobody", "inspector at O'Keefe")]
    [InlineData("A nurse at the county hospital said the wards had been full since March.\n\n\"We turn people away every night,\" the nurse said.", "We turn", "nurse at the county hospital")]
    public void The_description_again_takes_up_someone_new_with_their_place(string text, string quote, string speaker)
        => Assert.Equal(speaker, Quote(text, quote).Speaker);

    [Fact]
    public void A_relative_clause_with_its_own_report_ends_before_the_main_said()
    {
        const string text = "Pellham, who said he had met the mayor twice this month, said the council would vote on Friday.";

        Assert.Contains(QuoteFinder.Find(text), quote => quote.Span.Of(text) == "he had met the mayor twice this month" && quote.Speaker == "Pellham");
    }

    [Fact]
    public void A_relative_clause_on_the_object_of_write_is_no_report()
    {
        const string text = "Dunmore, who helped write the rule that set the current limit, said she would fight any change to it.";

        var quotes = QuoteFinder.Find(text);

        Assert.DoesNotContain(quotes, quote => quote.Span.Of(text).StartsWith("set the", StringComparison.Ordinal));
        Assert.Contains(quotes, quote => quote.Span.Of(text) == "she would fight any change to it" && quote.Speaker == "Dunmore");
    }

    [Fact]
    public void A_that_clause_joined_to_quoted_words_is_a_second_claim_of_their_speaker()
    {
        const string text = "The third member, Alma Quesnel, voted no, saying the limits went \"further than the data can take us\" and that the board should wait for the spring survey.";

        var claim = Quote(text, "the board");

        Assert.Equal("the board should wait for the spring survey", claim.Span.Of(text));
        Assert.Equal("Alma Quesnel", claim.Speaker);
        Assert.Equal("saying", claim.Cue);
    }

    [Fact]
    public void A_that_clause_the_cue_before_the_quote_read_is_not_added_twice()
    {
        const string text = "Asked about the closures, the mayor, Ruth Okafor, said they were \"a mistake\" and that the city had opened two new clinics since May.";

        Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text).StartsWith("the city had opened", StringComparison.Ordinal));
    }
}
