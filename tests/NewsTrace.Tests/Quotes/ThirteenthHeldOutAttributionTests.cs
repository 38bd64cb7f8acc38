using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>
/// Attribution patterns that the thirteenth held-out set (eval/quotes/heldout13, 2015-16 Congress and state politics)
/// showed were missing, each on fixtures of our own with other names and words.
/// </summary>
public sealed class ThirteenthHeldOutAttributionTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Fact]
    public void A_name_in_apposition_followed_by_a_second_description_is_the_speaker()
    {
        const string text = "Gov. Anselm Dorrity vetoed the bill on Friday.\n\n"
            + "\u201cHe keeps sending back the same plan,\u201d said the House minority whip, Lorna Vaszary, a Democrat from Erie. \u201cWe keep saying no.\u201d";

        Assert.Equal("Lorna Vaszary", WithText(text, "He keeps sending back the same plan,").Speaker);
        Assert.Equal("Lorna Vaszary", WithText(text, "We keep saying no.").Speaker);
    }

    [Fact]
    public void Repeated_is_a_cue()
    {
        const string text = "\u201cHow many were fired?\u201d Rep. Dale Hornsby asked.\n\n\u201cThree,\u201d Secretary Paula Renwick said.\n\n"
            + "\u201cThree,\u201d Hornsby repeated. \u201cOut of a thousand cases.\u201d";

        var threes = QuoteFinder.Find(text).Where(quote => quote.Span.Of(text) == "Three,").OrderBy(quote => quote.Span.Start).ToList();

        Assert.Equal(["Paula Renwick", "Dale Hornsby"], threes.Select(quote => quote.Speaker));
        Assert.Equal("repeated", threes[1].Cue);
        Assert.Equal("Dale Hornsby", WithText(text, "Out of a thousand cases.").Speaker);
    }

    [Fact]
    public void A_party_letter_in_brackets_marks_the_party_of_the_county_description()
    {
        const string text = "State Senate Minority Leader Harold Quist (R) said the pardon was wrong.\n\n"
            + "The governor's lawyer, Miles Ashgrove, did not return calls.\n\n"
            + "For Quist, that was not enough.\n\n"
            + "\u201cHe owes the voters an answer,\u201d the Kent County Republican told reporters.";

        Assert.Equal("Harold Quist", WithText(text, "He owes the voters an answer,").Speaker);
    }

    [Fact]
    public void The_party_takes_up_the_party_that_opened_the_sentence_before_the_quote()
    {
        const string text = "The Ohio GOP piled on by Wednesday afternoon. \u201cPardons for donors. Is this what reform means?\u201d the party wrote on Twitter.";

        Assert.Equal("Ohio GOP", WithText(text, "Pardons for donors. Is this what reform means?").Speaker);
    }

    [Fact]
    public void A_pronoun_after_someone_new_and_undescribed_by_name_takes_up_the_description()
    {
        const string text = "Nadine Corliss, a pharmacist in Pikeville, said she saw the effects every week.\n\n"
            + "A former sales representative for the company, who spoke on condition of anonymity, said managers ranked the staff every week.\n\n"
            + "\u201cNobody ever told us to push it,\u201d she said. \u201cThey didn\u2019t have to.\u201d";

        Assert.Equal("former sales representative for the company", WithText(text, "Nobody ever told us to push it,").Speaker);
    }

    [Fact]
    public void A_title_heading_the_headline_before_its_quote_is_the_person_the_body_gives_that_title()
    {
        const string text = "Ohio Governor Faces Revolt Over Toll Plan: \u2018I Would Do It Again\u2019\n\n"
            + "Lawmakers want to block the plan of Governor Edwin Marchant. Marchant denies any wrongdoing.";

        Assert.Equal("Edwin Marchant", WithText(text, "I Would Do It Again").Speaker);
    }

    [Fact]
    public void Asks_after_he_is_a_cue()
    {
        const string text = "Outside a pharmacy in Reno, Walter Prestwick holds a clipboard out to shoppers.\n\n"
            + "\u201cHave you signed the petition yet?\u201d he asks a man with a cart. \u201cThen tell your friends,\u201d he says.";

        Assert.Equal("Walter Prestwick", WithText(text, "Have you signed the petition yet?").Speaker);
    }
}
