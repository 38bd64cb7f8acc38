using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

public sealed class ReportedSpeechTests
{
    [Theory]
    [InlineData("Marta Kowalczyk said the harbour would reopen in May after repairs.", "the harbour would reopen in May after repairs", "said")]
    [InlineData("Marta Kowalczyk said that the harbour would reopen in May after repairs.", "the harbour would reopen in May after repairs", "said")]
    [InlineData("Marta Kowalczyk said on Tuesday that the harbour would reopen in May.", "the harbour would reopen in May", "said")]
    [InlineData("Marta Kowalczyk told reporters the harbour would reopen in May.", "the harbour would reopen in May", "told")]
    [InlineData("Marta Kowalczyk warned that the harbour could stay shut until May.", "the harbour could stay shut until May", "warned")]
    [InlineData("Marta Kowalczyk announced the talks would resume in the capital in March.", "the talks would resume in the capital in March", "announced")]
    [InlineData("Marta Kowalczyk confirmed that the closure of two regional offices was final.", "the closure of two regional offices was final", "confirmed")]
    public void A_cue_followed_by_a_clause_is_reported_speech(string text, string clause, string cue)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));
        Assert.Equal(QuoteKinds.Reported, quote.Kind);
        Assert.Equal(clause, quote.Span.Of(text));
        Assert.Equal("Marta Kowalczyk", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void A_clause_followed_by_the_attribution_is_reported_speech()
    {
        const string text = "The old bridge will stay closed until Monday, the regional roads office said.";
        var quote = Assert.Single(QuoteFinder.Find(text));
        Assert.Equal(QuoteKinds.Reported, quote.Kind);
        Assert.Equal("The old bridge will stay closed until Monday", quote.Span.Of(text));
        Assert.Equal("regional roads office", quote.Speaker);
    }

    [Theory]
    [InlineData("According to Marta Kowalczyk, the harbour will reopen in May.", "the harbour will reopen in May")]
    [InlineData("The harbour will reopen in May, according to Marta Kowalczyk.", "The harbour will reopen in May")]
    public void According_to_names_the_source(string text, string clause)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));
        Assert.Equal(QuoteKinds.AccordingTo, quote.Kind);
        Assert.Equal(clause, quote.Span.Of(text));
        Assert.Equal("Marta Kowalczyk", quote.Speaker);
        Assert.Equal("according to", quote.Cue);
    }

    [Theory]
    [InlineData("Whitfield criticised the bill and said the Senate would take up its own package next month.", "Whitfield")]
    [InlineData("Tom Whitfield called the bill a disaster and said the Senate would take up its own package next month.", "Tom Whitfield")]
    [InlineData("Tom Whitfield met the governor on Monday and said the Senate would take up its own package next month.", "Tom Whitfield")]
    public void A_second_verb_of_saying_after_and_belongs_to_the_sentence_s_subject(string text, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal(QuoteKinds.Reported, quote.Kind);
        Assert.Equal("the Senate would take up its own package next month", quote.Span.Of(text));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("A former aide testified on Wednesday that the governor had pressured him to stop an audit.", "the governor had pressured him to stop an audit")]
    [InlineData("The Department of Homeland Security said it was reviewing the bill and declined to comment further.", "it was reviewing the bill")]
    [InlineData("The company said the plant would close in May but would not say how many jobs would go.", "the plant would close in May")]
    [InlineData("The minister said the plant would close in May and would not reopen before 2030.", "the plant would close in May and would not reopen before 2030")]
    public void Testimony_counts_and_a_refusal_to_comment_ends_the_clause(string text, string clause)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal(QuoteKinds.Reported, quote.Kind);
        Assert.Equal(clause, quote.Span.Of(text));
    }

    [Fact]
    public void According_to_a_named_body_without_a_comma_ends_at_its_name()
    {
        const string text = "According to the Kesmarian Interior Ministry over 300 pilgrims were hurt in a crush near Tarvas, Kesmaria.";

        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal("Kesmarian Interior Ministry", quote.Speaker);
        Assert.Equal("over 300 pilgrims were hurt in a crush near Tarvas, Kesmaria", quote.Span.Of(text));
    }

    [Fact]
    public void According_to_a_named_body_s_figures_keeps_the_whole_source()
    {
        const string text = "According to the Interior Ministry's latest figures, over 300 pilgrims were hurt.";

        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal("over 300 pilgrims were hurt", quote.Span.Of(text));
    }

    [Theory]
    [InlineData("Local officials said the road would stay closed for a week.")]
    [InlineData("Both ministers said they wanted closer ties by next year.")]
    [InlineData("The report said nothing about the cost of the project.")]
    public void Vague_groups_and_non_speech_are_not_reported(string text)
        => Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Kind == QuoteKinds.Reported);

    [Theory]
    [InlineData("Trade Minister Ilse Varga met her counterpart, Tomas Brandt, in the capital on Monday. ")]
    [InlineData("Trade Minister Ilse Varga met her counterpart, Tomas Brandt, in the capital on Monday.\n\nVarga said the meeting marked \u201ca fresh start\u201d for the two countries. \u201cWe want partners we can call,\u201d she said.\n\nRail freight fell by a third last year, according to customs figures. ")]
    public void A_joint_statement_after_two_named_ministers_is_not_given_to_one_of_them(string before)
    {
        var text = before + "Both ministers said they hoped to double rail freight between the two countries by 2028.";
        Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Kind == QuoteKinds.Reported && quote.Span.Of(text).StartsWith("they hoped", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Truck drivers say the new toll road adds up to two hours to every trip across the valley.")]
    [InlineData("The mayor said the detour through the valley adds up to two hours to every trip.")]
    public void Adds_up_to_is_a_sum_not_a_cue(string text)
        => Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Cue is "adds");

    [Theory]
    [InlineData("The mayor of Lindow, Petra Sand, on Monday announced a plan to build 5,000 new homes over ten years.")]
    [InlineData("Sand announced the change at a crowded news conference in the town hall.")]
    [InlineData("The agency confirmed the closure of two regional offices after a review.")]
    public void A_thing_announced_is_not_reported_speech(string text)
        => Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Kind == QuoteKinds.Reported);
}
