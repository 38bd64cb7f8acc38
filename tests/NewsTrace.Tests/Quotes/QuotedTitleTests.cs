using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Words in quote marks that name a report, a petition, a campaign or a slogan: said by nobody, so no quotation.</summary>
public sealed class QuotedTitleTests
{
    private static bool Listed(string text, string words)
        => QuoteFinder.Find(text).Any(quote => quote.Span.Of(text).Contains(words, StringComparison.Ordinal));

    [Fact]
    public void A_title_after_titled_is_no_quote_even_in_sentence_case()
    {
        const string text = "Councillor Wendell Okafor said the plan was sound.\n\n"
            + "The review, titled \"Inquiry into the closure of the Marrick Road depot\", was published on Friday.";

        Assert.False(Listed(text, "Inquiry into the closure"));
        Assert.True(Listed(text, "the plan was sound"));
    }

    [Fact]
    public void A_petition_named_in_apposition_is_no_quote()
    {
        const string text = "Imelda Sarrazin, who leads the tenants' group, said residents were told \"after the decision was made\". "
            + "The group has started a petition, \"Save Our Launderette\", which had 900 signatures by Monday.";

        Assert.False(Listed(text, "Save Our Launderette"));
        Assert.True(Listed(text, "after the decision was made"));
    }

    [Fact]
    public void A_campaign_called_by_a_name_and_a_slogan_carried_on_posters_are_no_quotes()
    {
        const string text = "A recruitment drive called \u201cStand Up For Your Street\u201d began in May.\n\n"
            + "Leaflets at the library carry the slogan \u201cNo Litter, No Excuses\u201d under a drawing of a bin.\n\n"
            + "\u201cWe need forty more volunteers,\u201d said Priyanka Desouza, the drive's organiser.";

        Assert.False(Listed(text, "Stand Up For Your Street"));
        Assert.False(Listed(text, "No Litter, No Excuses"));
        Assert.True(Listed(text, "We need forty more volunteers"));
    }

    [Fact]
    public void A_sign_in_one_language_and_its_translation_after_a_dash_are_no_quotes()
    {
        const string text = "Fans have hung a banner that reads \u201eWir stehen zu Mara\u201c \u2013 \u201cWe stand by Mara\u201d \u2013 outside the hall.\n\n"
            + "\u201cIt means a lot,\u201d said Mara Lindqvist.";

        Assert.False(Listed(text, "We stand by Mara"));
        Assert.True(Listed(text, "It means a lot"));
    }

    [Fact]
    public void A_sentence_quoted_after_a_comma_and_a_plan_is_still_speech()
    {
        const string text = "Minister Hollis Draper defended the plan, \"We will build the homes this city needs,\" she told reporters.";

        Assert.True(Listed(text, "We will build the homes"));
    }
}
