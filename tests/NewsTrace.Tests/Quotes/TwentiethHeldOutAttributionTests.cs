using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Attribution patterns met in held-out set 20 (channel permits, tolls, bin collections), in sentences written for these tests.</summary>
public sealed class TwentiethHeldOutAttributionTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Theory]
    [InlineData("The U.S. Bureau of Reclamation Corps of Surveyors approved the canal.\n\nThe Corps said in a statement that it had read 900 comments.", "it had read", "U.S. Bureau of Reclamation Corps of Surveyors")]
    [InlineData("The Harbor Dredging Corps of Engineers approved the plan.\n\nOn Monday the Corps said that work would start in May.", "work would start", "Harbor Dredging Corps of Engineers")]
    [InlineData("The Lakeland Water Supply Commission raised its rates.\n\nThe Commission said the rise would pay for new pipes.", "the rise would", "Lakeland Water Supply Commission")]
    public void A_body_called_by_its_head_word_is_the_body_named_in_full(string text, string startingWith, string speaker)
        => Assert.Equal(speaker, Quote(text, startingWith).Speaker);

    [Theory]
    [InlineData("The Harwick Borough Council approved the plan on Monday.\n\nMost residents opposed the change, according to council figures.", "Most residents", "Harwick Borough Council")]
    [InlineData("The state Transport Department backed the bid.\n\nThe grant will pay for 40 new buses, according to a department announcement.", "The grant", "Transport Department")]
    [InlineData("The Valley Utility Commission fined the company in March.\n\nThe fine was the largest in its history, according to the commission's order.", "The fine", "Valley Utility Commission")]
    public void A_text_named_by_its_owner_s_head_noun_speaks_for_the_body_named_before(string text, string startingWith, string speaker)
        => Assert.Equal(speaker, Quote(text, startingWith).Speaker);

    [Fact]
    public void A_report_by_a_body_named_as_another_s_is_the_owned_body_s()
    {
        const string text = "The Denver field office paid informants without the paperwork the agency requires, according to a report released"
            + " Tuesday by the Justice Department's Office of the Inspector General.\n\n\"The lapses were not isolated,\" the report said.";

        Assert.EndsWith("Office of the Inspector General", Quote(text, "The Denver").Speaker, StringComparison.Ordinal);
        Assert.EndsWith("Office of the Inspector General", Quote(text, "The lapses").Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_object_of_called_before_the_quote_still_makes_its_subject_the_speaker()
    {
        const string text = "A fishermen's group said it would sue.\n\nIts lawyer, Nadia Ferrant, called the agency's analysis of sediment plumes"
            + " \u201cthin to the point of being decorative\u201d and said the agency had relied on the port's own models.";

        Assert.Equal("Nadia Ferrant", Quote(text, "thin").Speaker);
        Assert.Equal("Nadia Ferrant", Quote(text, "the agency had").Speaker);
    }

    [Fact]
    public void A_name_in_apposition_closing_a_trailing_according_to_is_the_source()
    {
        const string text = "Marco Bellini, the authority's chairman, defended the vote.\n\n"
            + "The increase will bring in about $9 million a year, according to the authority\u2019s chief financial officer, Ruth Okafor.";

        Assert.Equal("Ruth Okafor", Quote(text, "The increase").Speaker);
    }

    [Theory]
    [InlineData("Greens MP Nadia Pellow said the cut did not go far enough, calling it \"a sticking plaster on a broken leg\".")]
    [InlineData("Nadia Pellow said the cut did not go far enough, calling it a sticking plaster.")]
    public void A_naming_participle_after_a_report_ends_its_clause_and_names_with_the_reporter(string text)
    {
        var report = Quote(text, "the cut");

        Assert.Equal("the cut did not go far enough", report.Span.Of(text));
        Assert.Equal("Nadia Pellow", report.Speaker);
        if (text.Contains('"', StringComparison.Ordinal))
        {
            Assert.Equal("Nadia Pellow", Quote(text, "a sticking").Speaker);
        }
    }

    [Fact]
    public void Saying_after_a_report_of_what_someone_else_did_is_that_person_s()
    {
        const string text = "Sgt. Dana Ruiz, a dispatcher, told reporters that Moreno called 911, saying \"I'm the one you want\" and asking for help.";

        Assert.Equal("Moreno", Quote(text, "I'm the one").Speaker);
    }

    [Fact]
    public void A_quote_paragraph_after_a_scene_with_one_person_named_is_that_person_s()
    {
        const string text = "The minister announced the cut in Hobart on Tuesday.\n\nAt the St Helens wharf on Tuesday afternoon, Doug Penhallow was"
            + " unloading the last of his catch.\n\n\"My father fished these reefs for 40 years. Lately they give us very little.\"";

        Assert.Equal("Doug Penhallow", Quote(text, "My father").Speaker);
    }

    [Fact]
    public void A_scene_with_two_people_or_a_body_gives_the_quote_paragraph_no_speaker()
    {
        const string text = "The minister announced the cut on Tuesday.\n\nAt the wharf, Doug Penhallow was talking with Ruth Kane.\n\n"
            + "\"My father fished these reefs for 40 years. Lately they give us very little.\"";

        Assert.Null(Quote(text, "My father").Speaker);
    }

    [Theory]
    [InlineData("The Rural Utilities Office awarded $9 million to a cooperative to run fiber to 4,000 homes, the office said Tuesday.", "The Rural Utilities Office awarded")]
    [InlineData("Their client had committed the crimes, both attorneys said Thursday.", "Their client")]
    [InlineData("The plan would cost $5 million, officials said Jan. 5.", "The plan")]
    [InlineData("The deputy had gone to the home to speak to a witness, the undersheriff told reporters Friday night.", "The deputy")]
    public void A_clause_before_a_cue_and_a_bare_day_is_reported(string text, string startingWith)
        => Assert.Contains(QuoteFinder.Find(text), quote => quote.Kind == QuoteKinds.Reported && quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Fact]
    public void And_said_after_a_quote_reports_a_clause_in_the_past_tense()
    {
        const string text = "Tom Abney called that figure \"a fantasy\" and said the company's maps counted a home as served if one cable ran past it.";

        var report = Quote(text, "the company's maps");
        Assert.Equal("Tom Abney", report.Speaker);
        Assert.Equal(QuoteKinds.Reported, report.Kind);
    }

    [Fact]
    public void Someone_new_at_a_workplace_is_described_with_it()
    {
        const string text = "One senior executive at a high-street bookmaker, who asked not to be named, said several firms were discussing a halt.";

        Assert.Equal("senior executive at a high-street bookmaker", Quote(text, "several firms").Speaker);
    }

    [Theory]
    [InlineData("Shrimpers and oyster harvesters, who work the shallow flats, have argued that the sediment would smother the reefs.", "Shrimpers and oyster harvesters")]
    [InlineData("Economists and trade lawyers said the tariff would backfire.", "Economists and trade lawyers")]
    public void Two_groups_joined_by_and_speak_together(string text, string speaker)
        => Assert.Equal(speaker, Quote(text, "the ").Speaker);

    [Theory]
    [InlineData("The main town still has power, water and electricity connections and officials say they are sending tents.", "officials")]
    [InlineData("He was paroled after five years and detectives said that soon afterward he was promoted.", "detectives")]
    public void A_group_after_the_end_of_a_list_or_a_time_speaks_alone(string text, string speaker)
        => Assert.Equal(speaker, QuoteFinder.Find(text).Single(quote => quote.Kind == QuoteKinds.Reported).Speaker);

    [Fact]
    public void A_verb_of_saying_in_a_relative_clause_before_the_main_one_is_no_cue()
    {
        const string text = "Many drivers who testified said the cap would cut their earnings.";

        var report = QuoteFinder.Find(text).Single();
        Assert.Equal("the cap would cut their earnings", report.Span.Of(text));
        Assert.Equal("said", report.Cue);
    }

    [Fact]
    public void The_letter_speaks_for_the_company_that_the_sentence_after_its_opening_phrase_names()
    {
        const string text = "The Harwick County school board voted 4-1.\n\nSouthern Pupil Transport, based in Birmingham, has held the contract since 2012."
            + " In a letter to the board dated Monday, the company said the shortage of drivers was \"a nationwide problem\".\n\n"
            + "\"We gave the district three weeks' notice. Those warnings were ignored,\" the letter said.";

        Assert.Equal("Southern Pupil Transport", Quote(text, "a nationwide").Speaker);
        Assert.Equal("Southern Pupil Transport", Quote(text, "We gave").Speaker);
    }

    [Theory]
    [InlineData("Marta Hollins recalled that she had worked summers at a nursing home as a teenager.", "recalled")]
    [InlineData("Trent Egan pointed out that the union had endorsed her opponent in March.", "pointed")]
    [InlineData("Kay Lindell conceded on Tuesday that her position put her at odds with her party.", "conceded")]
    public void A_verb_that_reports_only_with_that_reports_with_it(string text, string cue)
        => Assert.Equal(cue, QuoteFinder.Find(text).Single(quote => quote.Kind == QuoteKinds.Reported).Cue);

    [Fact]
    public void Conceding_an_election_reports_nothing()
        => Assert.DoesNotContain(QuoteFinder.Find("Kay Lindell conceded shortly after 10 p.m. in a speech to supporters."), quote => quote.Kind == QuoteKinds.Reported);

    [Fact]
    public void A_report_ends_before_but_and_a_second_verb_of_saying_whose_quote_is_the_same_speaker_s()
    {
        const string text = "The White House said it supported the Senate bill but urged lawmakers to find \"a lasting source of funding\" before the deadline.";

        Assert.Equal("it supported the Senate bill", Quote(text, "it supported").Span.Of(text));
        Assert.Equal("White House", Quote(text, "a lasting").Speaker);
    }

    [Fact]
    public void But_warned_of_stays_in_the_clause()
    {
        const string text = "The weather service said the rain would ease on Thursday but warned of further showers in the hills.";

        Assert.EndsWith("further showers in the hills", Quote(text, "the rain").Span.Of(text), StringComparison.Ordinal);
    }

    [Fact]
    public void But_said_after_a_denied_verb_has_the_sentence_s_subject()
    {
        const string text = "The Tillotson campaign did not dispute the office count but said it relied on volunteers rather than paid staff.";

        Assert.Equal("Tillotson campaign", Quote(text, "it relied").Speaker);
    }

    [Fact]
    public void A_judging_verb_before_as_and_a_quote_then_and_said_after_a_phrase_are_the_titled_name_s()
    {
        const string text = "Tillotson's running mate, Indiana Gov. Tom Rellis, blasted the remarks as \"elitist garbage\" in an interview with"
            + " a talk radio host and said Hollis owed rural voters an apology.";

        Assert.Equal("Tom Rellis", Quote(text, "elitist").Speaker);
        Assert.Equal("blasted", Quote(text, "elitist").Cue);
        Assert.Equal("Tom Rellis", Quote(text, "Hollis owed").Speaker);
    }

    [Theory]
    [InlineData("Cardenal leads by two points among likely voters, according to a university poll released Monday, well within the margin of error.", "Cardenal leads by two points among likely voters")]
    [InlineData("Premiums will rise by an average of 25% next year, the Health Department said Monday, handing its critics a fresh line of attack.", "Premiums will rise by an average of 25% next year")]
    [InlineData("Farraday says the increases pay for pipes that are older than she is.", "the increases pay for pipes that are older than she is")]
    [InlineData("The Pentagon said Friday, however, that there are no plans for its forces to take part.", "there are no plans for its forces to take part")]
    [InlineData("In Florida, where health officials have confirmed 200 cases, local mosquito districts said they had already spent much of their budgets.", "they had already spent much of their budgets")]
    public void The_claim_is_the_reporter_s_account_less_its_asides(string text, string claim)
        => Assert.Contains(QuoteFinder.Find(text), quote => quote.Span.Of(text) == claim);
}
