using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Who says a partial quote whose nearest verb is a participle or a verb of posting that takes a thing as its object.</summary>
public sealed class PartialQuoteSubjectTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Theory]
    [InlineData("Senate candidate Mara Lindqvist has spent weeks telling farmers that she would “never touch the subsidy” if elected.")]
    [InlineData("Senate candidate Mara Lindqvist spent the summer telling farmers that she would “never touch the subsidy” if elected.")]
    public void A_participle_after_the_main_verb_s_object_speaks_for_the_sentence_s_subject(string text)
    {
        var quote = WithText(text, "never touch the subsidy");

        Assert.Equal("Mara Lindqvist", quote.Speaker);
        Assert.Equal("Mara Lindqvist", quote.SpeakerSpan!.Value.Of(text));
    }

    [Fact]
    public void Posting_a_thing_is_not_the_cue_of_the_quote_after_it()
    {
        const string text = "Mara Lindqvist films her weekly shopping. She said the clips had been watched a million times, "
                            + "and she said she would keep posting them “until the bills come down.”";

        var quote = WithText(text, "until the bills come down.");

        Assert.Equal("Mara Lindqvist", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void He_after_a_report_is_its_speaker_not_the_man_the_report_names()
    {
        const string text = "Some legislators have urged Republican Cody Brandt to concede.\n\n"
                            + "But the party chairman, Gil Weiss, said Brandt had \"every right\" to go to court. \"Nobody should be rushed out of a race this close,\" he said, adding that the party would pay the legal bills.";

        Assert.Equal("Gil Weiss", WithText(text, "Nobody should be rushed out of a race this close,").Speaker);
        Assert.Equal("Gil Weiss", WithText(text, "the party would pay the legal bills").Speaker);
    }

    [Fact]
    public void The_words_come_from_names_the_speaker_of_the_quote_before()
    {
        const string text = "“Nobody I know thinks one mayor raised the price of bread.”\n\n"
                            + "The words come from Ilse Moran, 58, a nurse from the north side and a lifelong conservative.";

        Assert.Equal("Ilse Moran", WithText(text, "Nobody I know thinks one mayor raised the price of bread.").Speaker);
    }

    [Fact]
    public void He_after_a_report_of_a_man_s_doings_is_the_officer_who_reported_it()
    {
        const string text = "Defensive lineman Jamal Okafor was arrested early Sunday , the highway patrol said .\n"
                            + "Okafor , 32 , was driving west at about 1:30 a.m. , Officer Brian Penner said .\n"
                            + "He said he did not know how fast Okafor was going .";

        Assert.Equal("Brian Penner", WithText(text, "he did not know how fast Okafor was going").Speaker);
    }

    [Fact]
    public void He_quoted_inside_the_second_quote_of_an_adviser_is_not_the_adviser()
    {
        const string text = "Warren Tolliver, the nominee, spoke to British ministers last week. His senior adviser, Grant Lefevre, defended the call.\n\n"
                            + "‘Nobody negotiated anything,’ Mr Lefevre said. ‘They asked what he would do first, and he told them: “On day one, we start talking.”’";

        Assert.Equal("Warren Tolliver", WithText(text, "On day one, we start talking.").Speaker);
    }
}
