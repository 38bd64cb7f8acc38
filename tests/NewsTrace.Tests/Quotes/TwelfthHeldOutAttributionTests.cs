using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>
/// Attribution patterns that the twelfth held-out set (eval/quotes/heldout12, 2017 governing) showed were missing, each
/// on fixtures of our own with other names and words.
/// </summary>
public sealed class TwelfthHeldOutAttributionTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Theory]
    [InlineData("(R-N.J.)")]
    [InlineData("(D-N.M.)")]
    [InlineData("(R-S.C.)")]
    public void A_party_tag_with_a_dotted_state_leaves_the_name_before_it_the_speaker(string tag)
    {
        var text = "The vote slipped again.\n\n\u201cWe are not there yet,\u201d Rep. Coralie Fenwright " + tag + " told reporters. She left.";

        Assert.Equal("Coralie Fenwright", WithText(text, "We are not there yet,").Speaker);
    }

    [Fact]
    public void A_titled_name_with_its_state_in_apposition_after_one_of_them_is_the_speaker()
    {
        const string text = "Members of the caucus met late on Monday.\n\n"
            + "\u201cThis is the old plan with a new label,\u201d said one of them, Rep. Orrin Haskell of Nebraska. \u201cI will not vote for it.\u201d";

        Assert.Equal("Orrin Haskell", WithText(text, "This is the old plan with a new label,").Speaker);
        Assert.Equal("Orrin Haskell", WithText(text, "I will not vote for it.").Speaker);
    }

    [Theory]
    [InlineData("A driver from the depot walked up to my stall last spring and told me, \u2018Nobody will ever notice it,\u2019", "Nobody will ever notice it,", "driver from the depot")]
    [InlineData("A nurse stopped me by the lifts and asked, \u2018Will the ward stay open?\u2019", "Will the ward stay open?", "nurse")]
    public void A_nested_quote_after_and_and_a_verb_of_saying_is_the_clause_subject_s(string outer, string inner, string speaker)
    {
        var text = "The fight is personal for the stallholders.\n\n\u201c" + outer + "\u201d said Wendell Ostrowe, 61. \u201cThey said the same last time.\u201d";

        Assert.Equal(speaker, WithText(text, inner).Speaker);
        Assert.Equal("Wendell Ostrowe", WithText(text, outer).Speaker);
    }

    [Fact]
    public void Called_out_before_a_quote_is_a_cue_and_another_reporter_is_someone_new()
    {
        const string text = "Press secretary Ivo Marchbank took questions on Monday.\n\n"
            + "\u201cWill she resign?\u201d asked Hollis Penry of the Ledger.\n\n"
            + "As Marchbank left the room, another reporter called out, \u201cWill he still have a job next week?\u201d He did not answer.";

        Assert.Equal("reporter", WithText(text, "Will he still have a job next week?").Speaker);
    }

    [Theory]
    [InlineData("A woman in the back shouted: \u201cShame on you!\u201d", "Shame on you!", "woman in the back")]
    [InlineData("A man at the front of the hall said: \u201cWe want a vote!\u201d", "We want a vote!", "man at the front of the hall")]
    public void Someone_new_placed_where_they_stood_is_the_description_not_the_place(string sentence, string inner, string speaker)
    {
        var text = "The town hall was full on Thursday.\n\n" + sentence;

        Assert.Equal(speaker, WithText(text, inner).Speaker);
    }

    [Fact]
    public void A_reply_to_a_question_goes_to_the_one_answering_not_the_asker()
    {
        const string text = "Press secretary Ivo Marchbank faced questions about the minister on Tuesday.\n\n"
            + "\u201cDoes the president trust her?\u201d asked Robin Tasker of the Courier.\n\n"
            + "\u201cThe president trusts every member of his team,\u201d Marchbank said.\n\n"
            + "\u201cIs she following the rules?\u201d Tasker asked.\n\n"
            + "\u201cThat is what the inspector is looking at,\u201d he replied.";

        Assert.Equal("Ivo Marchbank", WithText(text, "That is what the inspector is looking at,").Speaker);
    }

    [Theory]
    [InlineData("Senate Democrats said Monday they had secured enough votes to block the nominee.", "they had secured enough votes to block the nominee")]
    [InlineData("Two senators said Monday afternoon they would vote against ending debate.", "they would vote against ending debate")]
    [InlineData("The mayor said on Friday the budget was balanced for the first time.", "the budget was balanced for the first time")]
    [InlineData("Officials said last week the plant would close in June.", "the plant would close in June")]
    [InlineData("Sen. Ilse Brora said Thursday's vote was an assault on the law.", "Thursday's vote was an assault on the law")]
    public void The_day_between_a_cue_and_its_clause_is_no_part_of_the_clause(string text, string clause)
    {
        var reported = QuoteFinder.Find(text).Where(quote => quote.Kind == QuoteKinds.Reported).Select(quote => quote.Span.Of(text));

        Assert.Contains(clause, reported);
    }

    [Theory]
    [InlineData("Kowalczyk the harbour will reopen  told  ")]
    [InlineData("The mayor said on")]
    [InlineData("The mayor said Monday")]
    public void A_cue_at_the_end_of_the_text_looks_for_no_day_after_it(string text)
    {
        var quotes = QuoteFinder.Find(text);

        Assert.DoesNotContain(quotes, quote => quote.Kind == QuoteKinds.Reported && quote.Span.End > text.Length);
    }

    [Theory]
    [InlineData("Harriet Quaile runs a watchdog group. She told reporters the panel should move quickly, noting that the congressman faces reelection next year.",
        "the congressman faces reelection next year", "Harriet Quaile")]
    [InlineData("Democratic treasurers in 12 states signed a letter last week, warning that the rules would drive up borrowing costs.",
        "the rules would drive up borrowing costs", "Democratic treasurers in 12 states")]
    [InlineData("Budget hawks met for three hours on Monday night and emerged saying they still wanted deeper cuts to the plan.",
        "they still wanted deeper cuts to the plan", "Budget hawks")]
    [InlineData("Mayors from farm towns in both parties urged the agency on Friday to delay the rule, warning that it would close rural clinics.",
        "it would close rural clinics", "Mayors from farm towns in both parties")]
    public void A_participle_of_saying_reports_for_the_main_clause_s_subject(string text, string clause, string speaker)
    {
        var reported = Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == clause);

        Assert.Equal(speaker, reported.Speaker);
    }

    [Theory]
    [InlineData("Senator Oren Halvey called the ruling \u201ca wound that has not healed\u201d but said his vote was about the record, not revenge.",
        "his vote was about the record, not revenge", "Oren Halvey")]
    [InlineData("A spokesman said the mayor had \u201cturned the fund into a piggy bank\u201d and promised that voters would hear about it.",
        "voters would hear about it", "spokesman")]
    public void A_verb_of_saying_after_a_sentence_s_quoted_words_reports_for_their_speaker(string text, string clause, string speaker)
    {
        var reported = Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == clause);

        Assert.Equal(speaker, reported.Speaker);
    }

    [Fact]
    public void A_verb_of_saying_after_quoted_words_with_an_object_reports_nothing()
    {
        const string text = "Observers said the vote had been \u201clargely orderly\u201d but noted reports of pressure on public employees in several regions.";

        Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Kind == QuoteKinds.Reported);
    }

    [Theory]
    [InlineData("If the vote fails, leaders will move at once to change the rules, a senior party aide told CNN.", "If the vote fails, leaders will move at once to change the rules", "senior party aide")]
    [InlineData("The plant will close in June, the company told employees on Monday.", "The plant will close in June", "company")]
    public void A_trailing_told_with_its_listener_reports_the_clause_before_it(string text, string clause, string speaker)
    {
        var reported = Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == clause);

        Assert.Equal(speaker, reported.Speaker);
    }

    [Fact]
    public void A_relative_clause_s_report_and_the_main_clause_s_told_are_two_reports_of_one_person()
    {
        const string text = "Sen. Warrick Denholm, R-Neb., who has said he will not back the nominee, told reporters the hearing did not change his mind.";

        var quotes = QuoteFinder.Find(text);

        Assert.Equal("Warrick Denholm", Assert.Single(quotes, quote => quote.Span.Of(text) == "he will not back the nominee").Speaker);
        Assert.Equal("Warrick Denholm", Assert.Single(quotes, quote => quote.Span.Of(text) == "the hearing did not change his mind").Speaker);
    }

    [Fact]
    public void The_head_word_of_a_body_named_in_full_before_is_that_body()
    {
        const string text = "The U.S. Army Corps of Engineers approved the permit on Friday.\n\n"
            + "In a statement, the Corps said the pipeline \u201cmeets every federal requirement.\u201d";

        Assert.Equal("U.S. Army Corps of Engineers", WithText(text, "meets every federal requirement.").Speaker);
    }

    [Fact]
    public void A_company_s_own_name_stays_the_company_after_a_unit_named_with_it()
    {
        const string text = "The Microsoft Security Response Center published a bulletin.\n\nMicrosoft said the update \u201cfixes the flaw for every user.\u201d";

        Assert.Equal("Microsoft", WithText(text, "fixes the flaw for every user.").Speaker);
    }
}
