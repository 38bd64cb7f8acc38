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
}
