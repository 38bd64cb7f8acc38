using NewsTrace.Entities;
using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Attribution patterns met in held-out set 26 (elections, coalitions, courts), in sentences written for these tests.</summary>
public sealed class TwentySixthHeldOutAttributionTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Fact]
    public void A_party_named_without_its_head_word_is_the_party_in_full()
    {
        const string text = "Vote\n\nThe Rising Tide Party won 40 seats on Sunday. A Rising Tide list MP said the result was clear.\n\n"
            + "Rising Tide said in a statement that the fight \u201cis only beginning\u201d.";

        var mentions = EntityFinder.Find(text).Where(m => m.Span.Of(text) == "Rising Tide").ToList();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(("ORG", "Rising Tide Party"), (m.Type, m.Canonical)));
        Assert.Equal("Rising Tide Party", Quote(text, "is only").Speaker);
    }

    [Fact]
    public void An_acronym_party_after_a_sentence_opening_article_is_the_party()
    {
        const string text = "Protest\n\nThousands marched against the KRP Party's bill on Tuesday.\n\n"
            + "A KRP spokesperson said the party respected the right to protest.";

        Assert.Equal("KRP Party", Quote(text, "the party respected").Speaker);
    }

    [Theory]
    [InlineData("Social Democratic Party", "Social Democratic")]
    [InlineData("Democratic Party", "Democratic")]
    public void A_party_name_left_as_political_adjectives_is_no_short_name(string party, string shortName)
    {
        var text = $"Vote\n\nThe {party} lost ground. Two {shortName} councillors resigned.";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == shortName && m.Canonical == party);
    }

    [Fact]
    public void Given_name_and_first_surname_are_the_person_named_with_both_surnames()
    {
        const string text = "Congress\n\n\u201cThey kept us waiting for hours,\u201d said Julia Coyoy Tzul, a deputy. "
            + "Edgar Coyoy Chavajay, of another party, said the delay was legal.\n\n"
            + "Asked what she expected, Julia Coyoy paused. \u201cWork,\u201d she said.";

        Assert.Equal("Julia Coyoy Tzul", Quote(text, "Work").Speaker);
    }

    [Fact]
    public void An_aide_named_after_a_candidate_is_not_the_candidate()
    {
        const string text = "Rally\n\nLeon Farkas held a rally on Friday.\n\n"
            + "A Farkas aide, who asked not to be named, said the campaign had planned it. "
            + "\u201cIf he only goes where they love him, he learns nothing,\u201d the aide said.";

        Assert.Equal("Farkas aide", Quote(text, "If he only").Speaker);
    }

    [Theory]
    [InlineData("did not deny")]
    [InlineData("didn't deny")]
    [InlineData("did n't deny")]
    public void The_auxiliary_of_a_denied_cue_is_no_part_of_the_speaker(string cue)
    {
        var text = $"Trial\n\nDefence lawyer Peter Lynch spoke to the jury.\n\nJanet Okafor took the stand. Lynch {cue} his client was at the corner.";

        var quote = Quote(text, "his client");
        Assert.Equal("Peter Lynch", quote.Speaker);
        Assert.Equal("Lynch", quote.SpeakerSpan?.Of(text));
    }

    [Fact]
    public void A_father_is_not_his_son_named_with_a_suffix()
    {
        const string text = "Watergate\n\nMark Felt Jr. spoke for the family. Mark Felt said he had kept the secret for decades.";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "Mark Felt" && m.Canonical is null or "Mark Felt");
    }

    [Fact]
    public void Someone_new_placed_after_the_cue_keeps_the_place()
    {
        const string text = "Polls\n\nCounting went on overnight.\n\n\u201cWe slept at our desks,\u201d said a teacher at a school in Karachi.";

        Assert.Equal("teacher at a school in Karachi", Quote(text, "We slept").Speaker);
    }

    [Fact]
    public void A_body_s_website_speaks_for_the_body()
    {
        const string text = "Count\n\nThe Federal Electoral Board (FEB) asked staff to use an app.\n\n"
            + "By Friday, results for half the seats had been announced, according to the FEB's website.";

        Assert.Equal("Federal Electoral Board", Quote(text, "By Friday").Speaker);
    }

    [Fact]
    public void Words_defined_by_their_initials_beside_a_word_of_a_body_name_the_body()
    {
        const string text = "Vote\n\nThe Liberty League came first, followed by Open Harbour Union (OHU), the party founded by Mira Aalto in May, with 20 seats.\n\n"
            + "A spokesperson for Open Harbour Union said the party was \u201cwilling to talk to everyone\u201d.";

        var mentions = EntityFinder.Find(text);
        Assert.Contains(mentions, m => m.Span.Of(text) == "OHU" && m.Type == EntityTypes.Organization);
        Assert.Equal("Open Harbour Union", Quote(text, "willing").Speaker);
    }

    [Fact]
    public void A_law_defined_by_its_initials_is_no_body()
    {
        const string text = "Wolves\n\nThe animals are protected under the Grey Wolf Recovery Act (GWRA) of 2001.";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == "Grey Wolf Recovery Act" && m.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_bare_the_party_after_a_clause_is_the_party_opening_it()
    {
        const string text = "Deal\n\nThe Green Party of Canada met on Monday.\n\nThe NDP has ended its agreement with the government, the party announced Wednesday.";

        Assert.Equal("NDP", Quote(text, "The NDP has ended").Speaker);
    }

    [Fact]
    public void A_political_adjective_read_as_a_person_is_a_party()
    {
        const string text = "Bill\n\nThe Maori party called on National and New Zealand First to vote it down.\n\n"
            + "National list MP Simon Ferrabee said his party had been clear. \u201cPeople can be angry at a bill,\u201d he said.";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == "National" && m.Type == EntityTypes.Person);
        Assert.Equal("Simon Ferrabee", Quote(text, "People can").Speaker);
    }

    [Theory]
    [InlineData("A police spokesperson said there had been no arrests by noon.", "there had been")]
    [InlineData("The road was open again by 6pm, a police spokeswoman said.", "The road was")]
    public void An_unnamed_police_spokesperson_is_the_police(string sentence, string startingWith)
    {
        var text = "March\n\nThousands marched to the square on Tuesday.\n\n" + sentence;

        Assert.Equal("police", Quote(text, startingWith).Speaker);
    }

    [Fact]
    public void A_role_opened_by_their_is_someone_new_not_the_person_last_named()
    {
        const string text = "March\n\nOffice worker Dean McAllister watched from the steps. He said he backed the bill.\n\n"
            + "Near the cenotaph, a group of students sang. Their teacher said they had asked to come.";

        Assert.Equal("teacher", Quote(text, "they had asked").Speaker);
    }
}
