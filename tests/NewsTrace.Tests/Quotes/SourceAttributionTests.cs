using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>"According to" in every position, reports inside an agency's report, indefinite descriptions and "it" after a quoted institution.</summary>
public sealed class SourceAttributionTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Fact]
    public void A_name_in_apposition_after_according_to_is_the_source()
    {
        const string text = "According to the mayor’s chief of staff, Ana Sefer, the meeting with the ferry company lasted two hours.";

        var quote = WithText(text, "the meeting with the ferry company lasted two hours");

        Assert.Equal(QuoteKinds.AccordingTo, quote.Kind);
        Assert.Equal("Ana Sefer", quote.Speaker);
    }

    [Fact]
    public void Quoted_words_in_an_according_to_sentence_are_the_source_s()
    {
        const string text = "According to Tomas Velichko, this week’s talks offer a “rare chance” to settle the border dispute for good.";

        var quote = WithText(text, "rare chance");

        Assert.Equal("Tomas Velichko", quote.Speaker);
        Assert.Equal("according to", quote.Cue);
    }

    [Fact]
    public void According_to_between_commas_gives_the_quoted_words_to_its_source()
    {
        const string text = "Velichko’s visit, according to Kesmarian state television, would be a “turning point” for the valley and its farms.";

        var quote = WithText(text, "turning point");

        Assert.Equal("Kesmarian state television", quote.Speaker);
    }

    [Theory]
    [InlineData("The new bridge, according to engineers quoted in the Valdorian press, will take 18 months to build.", "engineers")]
    [InlineData("The talks will resume in May, according to diplomats cited by the Meridian agency.", "diplomats")]
    [InlineData("The dam was never inspected, according to residents interviewed by the Harbour Gazette.", "residents")]
    [InlineData("The crew have not been paid since March, according to sailors reached by the Harbour Gazette over the phone.", "sailors")]
    [InlineData("The pumps failed twice last week, according to engineers contacted by this newspaper.", "engineers")]
    [InlineData("Most of the posts will go through retirements, according to a summary that Harlow County Public Schools posted online Monday.", "Harlow County Public Schools")]
    public void According_to_a_source_quoted_elsewhere_is_that_source_not_the_outlet(string text, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(text), q => q.Cue == "according to");

        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Reported_speech_inside_an_agency_s_report_is_the_speaker_s()
    {
        const string text = "Tomas Velichko said at a press conference after talks with the Kesmarian prime minister that the border would reopen in May, the Meridian agency reported.";

        var quote = WithText(text, "the border would reopen in May");

        Assert.Equal(QuoteKinds.Reported, quote.Kind);
        Assert.Equal("Tomas Velichko", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void Reported_speech_after_according_to_is_the_speaker_s()
    {
        const string text = "Tomas Velichko arrived in Dorvan on Monday. According to the Meridian agency, Velichko subsequently told reporters that the border would reopen in May.";

        var quote = WithText(text, "the border would reopen in May");

        Assert.Equal("Tomas Velichko", quote.Speaker);
        Assert.Equal("told", quote.Cue);
    }

    [Fact]
    public void An_indefinite_description_is_someone_new_not_the_person_named_before()
    {
        const string text = "Marovian spokesman Ivo Brandt said the talks were over. Later, a Kesmarian foreign ministry spokesman said the border would stay closed until spring.";

        var quote = WithText(text, "the border would stay closed until spring");

        Assert.Equal("Kesmarian foreign ministry spokesman", quote.Speaker);
        Assert.Null(quote.SpeakerEntity);
    }

    [Fact]
    public void It_after_a_quoted_institution_is_that_institution()
    {
        const string text = "According to the Harbour Institute, two freighters from Kesmaria were seen at the Lesna quay last week. It added that the cranes there had been repaired in October.";

        var quote = WithText(text, "the cranes there had been repaired in October");

        Assert.Equal("Harbour Institute", quote.Speaker);
    }

    [Fact]
    public void Words_a_headline_quotes_from_the_body_are_the_body_speaker_s()
    {
        const string text =
            "Kesmaria pledges ‘steady backing’ for the valley farms\n\n" +
            "“Kesmaria will give its steady backing to the valley farms until the harvest is in,” Mira Kostandin said on Friday.";

        var quote = WithText(text, "steady backing");

        Assert.Equal("Mira Kostandin", quote.Speaker);
    }

    [Fact]
    public void A_top_diplomat_in_the_lead_is_the_person_the_next_sentence_names()
    {
        const string text = "Kesmaria’s top diplomat has promised that her country will pay for the new ferry line. Foreign Minister Mira Kostandin made the pledge in Dorvan on Friday.";

        var quote = WithText(text, "her country will pay for the new ferry line");

        Assert.Equal("Mira Kostandin", quote.Speaker);
    }

    [Fact]
    public void A_described_institution_is_the_organisation_named_before_with_its_words()
    {
        const string text = "The Ministry of Foreign Affairs of the Republic of Kesmaria confirmed the visit on Monday. The talks will cover river transport and grain, the foreign ministry said in a statement.";

        var quote = WithText(text, "The talks will cover river transport and grain");

        Assert.Equal("Ministry of Foreign Affairs of the Republic of Kesmaria", quote.Speaker);
    }

    [Fact]
    public void A_headline_ending_in_a_dash_and_a_name_gives_its_quote_to_that_name()
    {
        const string text = "Border pact 'leaves the valley exposed' to floods — Norway\nThe two governments met in Dorvan on Friday to discuss the river.";

        var quote = WithText(text, "leaves the valley exposed");

        Assert.Equal("Norway", quote.Speaker);
        Assert.Equal("Norway", quote.SpeakerSpan!.Value.Of(text));
    }
}
