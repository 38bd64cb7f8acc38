using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>
/// Attribution patterns that the seventh held-out set (eval/quotes/heldout7, campaign and policy coverage) showed were
/// missing, each on fixtures of our own with other names and words.
/// </summary>
public sealed class SeventhHeldOutAttributionTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Fact]
    public void A_second_report_with_a_named_subject_ends_the_first_clause()
    {
        const string text = "The Harbour Trust said the new levy made the plan worth backing, while Fair Fares Alliance urged the council to vote it down.";

        var first = WithText(text, "the new levy made the plan worth backing");

        Assert.Equal("Harbour Trust", first.Speaker);
    }

    [Fact]
    public void A_bare_share_in_a_second_report_speaks_for_the_group_of_the_first()
    {
        const string text = "Eleven percent of registered voters said they had not decided, and 6 percent said they would vote for neither candidate.";

        var first = WithText(text, "they had not decided");
        var second = WithText(text, "they would vote for neither candidate");

        Assert.Equal("registered voters", first.Speaker);
        Assert.Equal("registered voters", second.Speaker);
    }

    [Fact]
    public void A_participle_after_the_clause_is_the_reporter_s()
    {
        const string text = "Publicly, Governor Dana Whitcombe has insisted that she is ahead, pointing to the turnout at her town halls.";

        Assert.Equal("she is ahead", Assert.Single(QuoteFinder.Find(text)).Span.Of(text));
    }

    [Fact]
    public void An_apposition_the_clause_goes_on_after_stays_in_the_clause()
    {
        const string text = "The committee chairman said Tuesday that the panel would not vote on Judge Ama Lindqvist, the governor's pick for the high court, before the spring recess.";

        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal("the panel would not vote on Judge Ama Lindqvist, the governor's pick for the high court, before the spring recess", quote.Span.Of(text));
    }

    [Fact]
    public void A_definite_description_in_the_lead_is_the_person_the_next_sentence_names_with_that_role()
    {
        const string text = "The chairman of the House Rules Committee said Monday that the vote would wait until June.\n\n"
            + "The chairman, Rep. Lorna Quist, a Democrat from Oregon, said the delay would give members time to read the bill.";

        var lead = WithText(text, "the vote would wait until June");

        Assert.Equal("Lorna Quist", lead.Speaker);
    }

    [Fact]
    public void The_candidate_is_the_person_the_story_is_about()
    {
        const string text = "Rallies for Ross Delacourt have drawn big crowds all month. Publicly, the candidate has claimed that his campaign is gaining ground in the suburbs.";

        Assert.Equal("Ross Delacourt", WithText(text, "his campaign is gaining ground in the suburbs").Speaker);
    }

    [Fact]
    public void The_definite_description_keeps_the_phrase_of_the_indefinite_one_it_takes_up()
    {
        const string text = "A senior aide to the governor, who asked not to be named, said the numbers had slipped.\n\n"
            + "\"We can make up six points,\" the aide said.";

        Assert.Equal("senior aide to the governor", WithText(text, "We can make up six points,").Speaker);
    }

    [Fact]
    public void The_one_heard_saying_the_words_speaks()
    {
        const string text = "Celia Dunmore thought the microphones were off.\n\n\"They are decent people,\" Dunmore can be heard saying on the tape.";

        Assert.Equal("Celia Dunmore", WithText(text, "They are decent people,").Speaker);
    }

    [Fact]
    public void A_surname_that_is_also_a_man_s_given_name_does_not_make_a_woman_he()
    {
        const string text = "Dale Whitcomb met voters on Monday. Susan Hollis met them too. When Hollis raised his debts, he did not deny them.\n\n"
            + "\"I used the law like everybody else,\" he said.";

        Assert.Equal("Dale Whitcomb", WithText(text, "I used the law like everybody else,").Speaker);
    }

    [Fact]
    public void Echoed_after_a_quote_is_a_cue()
    {
        const string text = "The hearing was tense.\n\n\"Either the data were false or the office is broken,\" echoed Rep. Nell Brandt, D-Ohio.";

        Assert.Equal("Nell Brandt", WithText(text, "Either the data were false or the office is broken,").Speaker);
    }

    [Fact]
    public void The_official_takes_up_an_official_introduced_with_four_words_before_the_noun()
    {
        const string text = "A senior Democratic National Committee official, who asked not to be named, said the party had files on each of them.\n\n"
            + "\"Garza is the one we fear,\" the official said.";

        Assert.Equal("senior Democratic National Committee official", WithText(text, "Garza is the one we fear,").Speaker);
    }

    [Fact]
    public void Neither_of_them_saying_something_reports_nothing()
    {
        const string text = "Neither of them said anything that would change the mind of a voter who has been paying attention.";

        Assert.Empty(QuoteFinder.Find(text));
    }

    [Fact]
    public void Tells_with_a_listener_before_a_colon_gives_the_quote_to_its_subject()
    {
        const string text = "In the 30-second spot, Brannigan tells viewers: \"I grew up on a dairy farm.\"";

        Assert.Equal("Brannigan", WithText(text, "I grew up on a dairy farm.").Speaker);
    }

    [Fact]
    public void Tells_the_story_of_is_no_report()
    {
        const string text = "The film series tells the story of a teenager who moves to a small town in Washington state.";

        Assert.Empty(QuoteFinder.Find(text));
    }

    [Fact]
    public void She_after_a_quote_takes_up_the_speaker_named_after_that_quote_over_a_woman_named_in_full_before()
    {
        const string text = "Hale, a former labor secretary, recalled that she had worked at a nursing home.\n\n"
            + "Linda Brill, 61, said she had driven her mother to appointments for two years.\n\n"
            + "\"Nobody talks about that,\" Brill said.\n\n"
            + "Hale also took aim at the governor's remarks. It was her third rally this month.\n\n"
            + "\"A rumor,\" Hale said, drawing out the word. \"Tell them it is a rumor.\"\n\n"
            + "Then she added: \"I have read his plan.\"";

        Assert.Equal("Hale", WithText(text, "I have read his plan.").Speaker);
    }

    [Theory]
    [InlineData("Ines Vahl, a strategist, was unimpressed. As a Republican pollster put it to me on Friday morning: \"Nobody fell in love.\"", "Nobody fell in love.", "Republican pollster")]
    [InlineData("\"We are not going anywhere,\" as one aide put it.", "We are not going anywhere,", "aide")]
    [InlineData("Mayor Tom Reyes put it bluntly: \"The budget is broken.\"", "The budget is broken.", "Tom Reyes")]
    public void Put_it_words_what_was_said(string text, string quote, string speaker)
    {
        Assert.Equal(speaker, WithText(text, quote).Speaker);
    }

    [Fact]
    public void Put_it_at_risk_is_no_cue()
    {
        const string text = "The strike put it directly in the path of a \"walkout\" by drivers.";

        Assert.Null(Assert.Single(QuoteFinder.Find(text)).Speaker);
    }

    [Fact]
    public void A_second_verb_of_the_same_speaker_after_but_is_a_report_of_its_own()
    {
        const string text = "In June, Governor Ada Quill said the vote was one she would not have called, but insisted that the alliance would outlast it.";

        Assert.Equal("Ada Quill", WithText(text, "the vote was one she would not have called").Speaker);
        var second = WithText(text, "the alliance would outlast it");
        Assert.Equal("Ada Quill", second.Speaker);
        Assert.Equal("insisted", second.Cue);
    }
}
