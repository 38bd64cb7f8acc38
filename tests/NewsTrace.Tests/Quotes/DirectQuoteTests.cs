using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

public sealed class DirectQuoteTests
{
    private static Quotation Only(string text, string kind)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Kind == kind);

    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Theory]
    [InlineData("\"The harbour will reopen in May,\" Marta Kowalczyk said.")]
    [InlineData("“The harbour will reopen in May,” Marta Kowalczyk said.")]
    [InlineData("«The harbour will reopen in May,» Marta Kowalczyk said.")]
    [InlineData("„The harbour will reopen in May,“ Marta Kowalczyk said.")]
    [InlineData("'The harbour will reopen in May,' Marta Kowalczyk said.")]
    [InlineData("»The harbour will reopen in May,« Marta Kowalczyk said.")]
    public void Every_quote_mark_convention_is_found_and_attributed(string text)
    {
        var quote = Only(text, QuoteKinds.Direct);
        Assert.Equal("The harbour will reopen in May,", quote.Span.Of(text));
        Assert.Equal("Marta Kowalczyk", quote.Speaker);
        Assert.Equal("Marta Kowalczyk", quote.SpeakerEntity);
        Assert.Equal("said", quote.Cue);
        Assert.Equal("said", quote.CueSpan!.Value.Of(text));
        Assert.Equal("Marta Kowalczyk", quote.SpeakerSpan!.Value.Of(text));
    }

    [Theory]
    [InlineData("“We expect an answer by Friday,” said Piotr Zalewski, the union leader.", "Piotr Zalewski", "said")]
    [InlineData("Piotr Zalewski told reporters: “We expect an answer by Friday.”", "Piotr Zalewski", "told")]
    [InlineData("Piotr Zalewski said “We expect an answer by Friday.”", "Piotr Zalewski", "said")]
    [InlineData("“We expect an answer by Friday,” Piotr Zalewski, who leads the union, warned.", "Piotr Zalewski", "warned")]
    [InlineData("“We expect an answer by Friday,” the Foreign Ministry said in a statement.", "Foreign Ministry", "said")]
    [InlineData("“We expect an answer by Friday,” the White House said.", "White House", "said")]
    [InlineData("“We expect an answer by Friday,” the regional transport office said.", "regional transport office", "said")]
    public void Attribution_patterns_before_and_after_the_quote(string text, string speaker, string cue)
    {
        var quote = Only(text, QuoteKinds.Direct);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void A_pronoun_speaker_resolves_to_the_most_recent_person()
    {
        const string text = "Union leader Piotr Zalewski met the minister on Monday.\n\n“Nobody wants a strike,” he said.";
        var quote = Only(text, QuoteKinds.Direct);
        Assert.Equal("Piotr Zalewski", quote.Speaker);
        Assert.Equal("he", quote.SpeakerSpan!.Value.Of(text));
    }

    [Fact]
    public void A_description_resolves_to_the_person_introduced_with_that_role()
    {
        const string text = "Transport Minister Ewa Lindqvist visited the port. Customs chief Jan Rolf joined her.\n\n“The port is ready,” the minister said.";
        var quote = Only(text, QuoteKinds.Direct);
        Assert.Equal("Ewa Lindqvist", quote.Speaker);
        Assert.Equal("the minister", quote.SpeakerSpan!.Value.Of(text));
    }

    [Fact]
    public void A_description_prefers_the_person_whose_title_it_is_over_a_name_near_the_word()
    {
        const string text = "The council backed Mayor Ana Ruiz on Tuesday.\n\nRuiz, who faces Councilman Tom Bellamy in the mayor's race, spoke first.\n\n“The roads come first,” the mayor said.";
        var quote = Only(text, QuoteKinds.Direct);
        Assert.Equal("Ana Ruiz", quote.Speaker);
    }

    [Fact]
    public void A_second_quote_after_adding_inherits_the_speaker_with_its_own_cue()
    {
        const string text = "“Prices will fall,” Ewa Lindqvist said, adding: “Not before spring, though.”";
        var second = WithText(text, "Not before spring, though.");
        Assert.Equal("Ewa Lindqvist", second.Speaker);
        Assert.Equal("adding", second.Cue);
    }

    [Fact]
    public void A_continuation_quote_without_a_cue_inherits_the_previous_speaker()
    {
        const string text = "“Prices will fall,” Ewa Lindqvist said. “Families will feel it by winter.”";
        var second = WithText(text, "Families will feel it by winter.");
        Assert.Equal("Ewa Lindqvist", second.Speaker);
        Assert.Null(second.Cue);
        Assert.Equal(QuoteKinds.Direct, second.Kind);
    }

    [Theory]
    [InlineData("Ewa Lindqvist promised “full support and solidarity” to the families.", "full support and solidarity", "promised")]
    [InlineData("Ewa Lindqvist described the plan as “a fair start” on Monday.", "a fair start", "described")]
    [InlineData("The talks opened “a new chapter”, Ewa Lindqvist said.", "a new chapter", "said")]
    public void Fragments_inside_a_sentence_are_partial(string text, string inner, string cue)
    {
        var quote = WithText(text, inner);
        Assert.Equal(QuoteKinds.Partial, quote.Kind);
        Assert.Equal("Ewa Lindqvist", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void Nested_single_quotes_stay_inside_the_outer_quote()
    {
        const string text = "“They called it ‘a temporary pause’ last year,” Ewa Lindqvist said.";
        var quote = Assert.Single(QuoteFinder.Find(text));
        Assert.Equal("They called it ‘a temporary pause’ last year,", quote.Span.Of(text));
        Assert.Equal("Ewa Lindqvist", quote.Speaker);
    }

    [Theory]
    [InlineData("The Joneses' house and the workers' canteen were flooded, Ewa Lindqvist's office reported.")]
    [InlineData("It's the drivers' union that won't sign, and that's final.")]
    public void Apostrophes_are_not_quotes(string text)
        => Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Kind is QuoteKinds.Direct or QuoteKinds.Partial);

    [Fact]
    public void A_quote_over_several_paragraphs_continues_when_the_next_paragraph_opens_with_a_mark()
    {
        const string text = "Ewa Lindqvist said:\n\n“The first phase is done. The port is open to ferries.\n\n“The second phase starts in April and ends in June.”";
        var quote = Assert.Single(QuoteFinder.Find(text), quote => quote.Kind == QuoteKinds.Direct);
        Assert.StartsWith("The first phase", quote.Span.Of(text), StringComparison.Ordinal);
        Assert.EndsWith("ends in June.", quote.Span.Of(text), StringComparison.Ordinal);
        Assert.Equal("Ewa Lindqvist", quote.Speaker);
    }

    [Fact]
    public void An_unclosed_mark_yields_no_quote()
        => Assert.Empty(QuoteFinder.Find("He wrote “half a sentence and then stopped"));

    [Fact]
    public void A_participle_describing_a_statement_is_no_cue()
    {
        const string text = "The spokeswoman, Safiya Orun, said in a statement posted online that the rebels would respect the truce \"as long as the army respects it too.\"";

        var quote = Assert.Single(QuoteFinder.Find(text), q => q.Kind == QuoteKinds.Partial);

        Assert.Equal("Safiya Orun", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void A_second_verb_after_a_dateline_belongs_to_the_clause_s_subject()
    {
        const string text = "VIRETH (Business Desk) \u2014 The Bank of Quelland kept its main rate at 5.25 percent on Wednesday and warned that inflation was \"not yet beaten,\" disappointing borrowers.";

        var quote = Assert.Single(QuoteFinder.Find(text), q => q.Kind == QuoteKinds.Partial);

        Assert.Equal("Bank of Quelland", quote.Speaker);
    }

    [Fact]
    public void One_of_a_group_is_one_speaker_of_a_direct_quote()
    {
        const string text = "\"We have stopped walking out,\" one of the diplomats said.";

        Assert.Equal("diplomat", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }

    [Fact]
    public void What_a_headline_warns_about_is_no_speaker()
    {
        const string text = "Central bank holds rates, warns inflation \"not yet beaten\"";

        Assert.NotEqual("inflation", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }

    [Fact]
    public void A_speaker_after_a_sentence_opening_cue_is_read()
    {
        const string text = "Said the mayor: \"We will rebuild the bridge before winter.\"";

        Assert.Equal("mayor", Assert.Single(QuoteFinder.Find(text)).Speaker?.Replace("the ", string.Empty, StringComparison.Ordinal));
    }
}
