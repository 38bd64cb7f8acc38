using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Attribution patterns met in held-out set 21 (embassies, ministries, briefings abroad), in sentences written for these tests.</summary>
public sealed class TwentyFirstHeldOutAttributionTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Fact]
    public void A_label_in_capitals_after_a_question_opens_a_new_turn_even_when_it_names_no_one_known()
    {
        const string text = "Ferland also spoke to a morning radio show. An excerpt:\n\n"
            + "Q: When do you think you will fly home?\n\n"
            + "BROUSSEAU: They keep moving the date. First it was Friday, now it is Sunday.\n\n"
            + "Q: How are the children coping?\n\n"
            + "BROUSSEAU: Better than we are. They have the pool and the beach all day.";

        var quotes = QuoteFinder.Find(text);
        var answer = Quote(text, "They keep");
        Assert.Equal("Brousseau", answer.Speaker);
        Assert.Equal("They keep moving the date. First it was Friday, now it is Sunday.", answer.Span.Of(text));
        Assert.Equal("Brousseau", Quote(text, "Better than").Speaker);
        Assert.Equal(2, quotes.Count(quote => quote.Kind == QuoteKinds.Transcript));
    }

    [Fact]
    public void A_capitals_label_spelling_a_known_surname_is_that_person()
    {
        const string text = "Mireille Brousseau of Sherbrooke was due home on Sunday.\n\n"
            + "\u201cWe were at the gate when the screen changed,\u201d Brousseau said.\n\nShe later spoke to a radio show. An excerpt:\n\n"
            + "Q: When do you think you will fly home?\n\n"
            + "BROUSSEAU: They keep moving the date. First it was Friday, now it is Sunday.";

        Assert.Equal("Mireille Brousseau", Quote(text, "They keep").Speaker);
    }

    [Fact]
    public void An_editors_note_in_capitals_is_no_turn()
    {
        const string text = "Q: When do you think you will fly home?\n\n"
            + "ANSWER: They keep moving the date. First it was Friday, now it is Sunday, and nobody has told us why.\n\n"
            + "NOTE: This interview has been edited for length and clarity by the programme's producers.";

        Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Span.Of(text).StartsWith("This interview", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_head_noun_takes_up_the_institution_last_described_with_it()
    {
        const string text = "The Moldovan interior ministry blamed smugglers. The Romanian foreign ministry said in a note that the border was calm.\n\n"
            + "\"We see no reason for alarm,\" the ministry said.";

        Assert.Equal("Romanian foreign ministry", Quote(text, "We see").Speaker);
    }

    [Fact]
    public void A_mission_described_by_where_it_sits_keeps_the_place_and_lends_it_to_the_embassy_later()
    {
        const string text = "The Nepalese embassy in Doha said on Monday that 300 drivers would be paid by the end of the month.\n\n"
            + "In a statement, the embassy said it had \"raised the matter with the labour ministry\" and expected an answer soon.";

        Assert.Equal("Nepalese embassy in Doha", Quote(text, "300 drivers").Speaker);
        Assert.Equal("Nepalese embassy in Doha", Quote(text, "raised the matter").Speaker);
    }

    [Fact]
    public void It_after_a_sentence_opened_by_a_described_institution_is_that_institution()
    {
        const string text = "The Armenian defence ministry gave a different account. In a statement, it said the patrol had \"come under fire first\" near Tavush province.";

        Assert.Equal("Armenian defence ministry", Quote(text, "come under").Speaker);
    }

    [Fact]
    public void A_description_placed_in_a_named_place_keeps_the_place_when_taken_up()
    {
        const string text = "A European diplomat in Bamako, who asked not to be named, said the delay was routine.\n\n"
            + "\"Nobody expected a result this week,\" the diplomat said.";

        Assert.Equal("European diplomat in Bamako", Quote(text, "Nobody expected").Speaker);
    }

    [Fact]
    public void The_institution_in_a_place_that_is_no_mission_stays_without_the_place()
    {
        const string text = "The county clerk's office in Granby said the recount would finish by Friday afternoon.";

        Assert.Equal("county clerk's office", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }

    [Fact]
    public void Capitalised_words_in_apposition_to_a_body_s_noun_are_its_name()
    {
        const string text = "A union leader said the strike would go on.\n\n"
            + "The largest terminal operator, Terminal Rocas Blancas, said in a statement that it had offered ten shifts a month.";

        Assert.Equal("Terminal Rocas Blancas", Quote(text, "it had offered").Speaker);
    }

    [Fact]
    public void A_description_with_fewer_modifiers_takes_up_the_institution_named_in_apposition_to_the_fuller_one()
    {
        const string text = "The state rail company, Ferrocarriles del Norte, said it would run extra trains. It noted that fares would not rise.\n\n"
            + "Strikes in 2016 and 2017 each lasted a day, according to the rail company.";

        Assert.Equal("Ferrocarriles del Norte", Quote(text, "fares would").Speaker);
        Assert.Equal("Ferrocarriles del Norte", Quote(text, "Strikes in").Speaker);
    }

    [Fact]
    public void A_body_named_among_a_description_s_modifiers_is_the_institution_taken_up()
    {
        const string text = "The official IRNA news agency reported that two ships had collided.\n\nThe agency said three sailors had been hurt.";

        Assert.Equal("IRNA", Quote(text, "three sailors").Speaker);
    }

    [Theory]
    [InlineData("The Armenian defence ministry gave its own account. In a statement, it said the patrol had fired only into the air.\n\n\"We regret the loss of life,\" the statement said.", "Armenian defence ministry")]
    [InlineData("The Finnish embassy in Lima said in a statement that it was helping the families.\n\n\u201cOur staff are at the hospital,\u201d the statement said.", "Finnish embassy in Lima")]
    public void The_statement_speaks_for_the_unnamed_issuer_of_the_sentence_that_gave_it(string text, string speaker)
        => Assert.Equal(speaker, Quote(text, text.Contains("regret", StringComparison.Ordinal) ? "We regret" : "Our staff").Speaker);

    [Fact]
    public void A_paragraph_quoting_someone_after_a_transcript_is_the_writer_s_again()
    {
        const string text = "Ferland also spoke to a morning radio show. An excerpt:\n\n"
            + "Q: When do you think you will fly home?\n\n"
            + "FERLAND: They keep moving the date. First it was Friday, now it is Sunday.\n\n"
            + "A gate agent, who asked not to be named because she was not allowed to speak to reporters, said a second plane was on its way. "
            + "\"We are working double shifts. We are as tired as anyone,\" she said.";

        Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Kind == QuoteKinds.Transcript && quote.Span.Of(text).StartsWith("A gate agent", StringComparison.Ordinal));
        Assert.Equal("gate agent", Quote(text, "We are working").Speaker);
    }

    [Fact]
    public void A_pronoun_after_a_quote_of_two_sentences_takes_up_the_description_before_the_quote()
    {
        const string text = "Maria Delgado, a passenger, said she had slept at the gate.\n\n"
            + "A gate agent, who asked not to be named, said a second plane was on its way. "
            + "\"We are working double shifts. We are as tired as anyone,\" she said.";

        Assert.Equal("gate agent", Quote(text, "We are working").Speaker);
    }

    [Theory]
    [InlineData("A court has ordered the sale of the ship. Sailors' groups said the case showed how crews could be abandoned.", "Sailors' groups")]
    [InlineData("Talks broke down on Monday. The dockers\u2019 union said it would appeal.", "dockers\u2019 union")]
    public void A_plural_owner_s_apostrophe_belongs_to_the_description(string text, string speaker)
        => Assert.Equal(speaker, Assert.Single(QuoteFinder.Find(text)).Speaker);

    [Theory]
    [InlineData("The port authority said about 180 flights had been cancelled on Sunday and Monday.", "about 180 flights")]
    [InlineData("Marta Ibanez leads the union. She said nearly 1,400 containers of fruit were waiting at the port.", "nearly 1,400 containers")]
    public void An_approximate_number_may_open_a_reported_clause(string text, string startingWith)
        => Assert.Equal(QuoteKinds.Reported, Quote(text, startingWith).Kind);

    [Fact]
    public void An_acronym_in_brackets_after_a_subject_s_name_is_the_name_s()
    {
        const string text = "The National Electoral Authority (NEAL) said the last cards had been printed in March.";

        Assert.Equal("National Electoral Authority", Quote(text, "the last cards").Speaker);
    }

    [Fact]
    public void An_answer_s_paragraph_with_words_of_its_own_in_quote_marks_stays_the_answer()
    {
        const string text = "Question: Is your country ready to act as a guarantor of the proposed settlement?\n\n"
            + "Minister Ivo Brandl: We are ready to discuss any proposal that brings the two sides closer together.\n\n"
            + "We regret that the so-called \"contact group\" has not met for a year, and we have said so to our partners many times.";

        var last = Quote(text, "We regret");
        Assert.Equal(QuoteKinds.Transcript, last.Kind);
        Assert.Equal("Ivo Brandl", last.Speaker);
    }

    [Theory]
    [InlineData("Leaders ended a summit in Vienna on Friday, but officials from Moldova and Georgia said they had hoped for more.", "officials from Moldova and Georgia")]
    [InlineData("Officials from Peru and Chile said the talks would resume in March.", "Officials from Peru and Chile")]
    public void A_group_from_places_joined_by_and_is_the_group_not_the_last_place(string text, string speaker)
        => Assert.Equal(speaker, Assert.Single(QuoteFinder.Find(text)).Speaker);
}
