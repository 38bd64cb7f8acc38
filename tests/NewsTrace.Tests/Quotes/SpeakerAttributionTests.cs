using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Speakers that sit away from the cue next to the quote: coordinated verbs, passive and relative-clause cues, pronouns and descriptions.</summary>
public sealed class SpeakerAttributionTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Theory]
    [InlineData("Tomas Velichko, Marovia’s foreign minister, praised Kesmaria for its help and vowed Marovia’s “full backing and friendship” for Teodor Brask.")]
    [InlineData("The Marovian Foreign Ministry said Tomas Velichko, who arrived in Dorvan on Tuesday, had earlier thanked Kesmaria for its help and promised Brask “full backing and friendship” from Marovia.")]
    public void The_second_of_two_coordinated_verbs_has_the_subject_of_the_first(string text)
    {
        var quote = WithText(text, "full backing and friendship");

        Assert.Equal("Tomas Velichko", quote.Speaker);
    }

    [Fact]
    public void A_passive_cue_is_not_the_speaker_s_verb()
    {
        const string text = "Tomas Velichko said the aim of the pact is clearly stated: “They want to close the Lesna valley to trade.”";

        var quote = WithText(text, "They want to close the Lesna valley to trade.");

        Assert.Equal("Tomas Velichko", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void A_cue_inside_a_relative_clause_is_not_the_speaker_s_verb()
    {
        const string text = "Tomas Velichko answered questions after the talks.\n\nHe said countries that told others how to govern still see themselves as “the keepers of the valley” and ignore their neighbours.";

        var quote = WithText(text, "the keepers of the valley");

        Assert.Equal("Tomas Velichko", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void He_is_the_person_acting_in_the_text_not_one_named_in_a_possessive()
    {
        const string text = "Tomas Velichko compared the plan to Prime Minister Teodor Brask’s proposal.\n\n“It is a sad day for the valley,” he said.";

        var quote = WithText(text, "It is a sad day for the valley,");

        Assert.Equal("Tomas Velichko", quote.Speaker);
    }

    [Fact]
    public void A_description_with_a_nationality_names_the_person_of_that_country()
    {
        const string text = "Marovian Foreign Minister Tomas Velichko met reporters in Dorvan.\n\nVelichko compared the plan to a proposal by Kesmarian Prime Minister Teodor Brask.\n\n“It is a sad day for the valley,” the Marovian minister said.";

        var quote = WithText(text, "It is a sad day for the valley,");

        Assert.Equal("Tomas Velichko", quote.Speaker);
    }

    [Fact]
    public void A_slogan_quoted_mid_sentence_with_its_full_stop_inside_is_a_partial_quote()
    {
        const string text = "Tomas Velichko said the allies push their plans under the slogan of “Open Seas Together.” Critics object to it.";

        var quote = WithText(text, "Open Seas Together.");

        Assert.Equal(QuoteKinds.Partial, quote.Kind);
    }
}
