using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>
/// Reports, lawsuits and letters that speak for the people or bodies who wrote, filed or sent them ("the report said",
/// "according to the complaint", "the letter said", "they wrote"), and groups taken up by a plural description.
/// </summary>
public sealed class DocumentAuthorTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Fact]
    public void A_report_from_a_body_speaks_for_that_body()
    {
        const string text = "The panel released a 46-page report from the Office of Government Review on Thursday. "
            + "The report said there was \u201cample reason to suspect\u201d that Lindqvist had broken the rules.";

        Assert.Equal("Office of Government Review", WithText(text, "ample reason to suspect").Speaker);
    }

    [Fact]
    public void A_lawsuit_and_its_complaint_speak_for_whoever_sued()
    {
        const string text = "Attorney General Nadia Ferrandino sued the Department of Labor on Monday over the new overtime rules. "
            + "The lawsuit, filed in federal court in Sacramento, argues that the rules are unlawful because only Congress can change the law. "
            + "About 40,000 workers would lose overtime pay, according to the complaint.";

        Assert.Equal("Nadia Ferrandino", WithText(text, "the rules are unlawful because only Congress can change the law").Speaker);
        Assert.Equal("Nadia Ferrandino", WithText(text, "About 40,000 workers would lose overtime pay").Speaker);
    }

    [Fact]
    public void A_group_that_sent_a_letter_speaks_through_it_and_as_they()
    {
        const string text = "Nine Democratic senators sent a letter to the secretary on Monday asking for his travel records.\n\n"
            + "\u201cThe public deserves answers,\u201d they wrote. The letter said the trips \u201cappear to break the rules.\u201d";

        Assert.Equal("Democratic senators", WithText(text, "The public deserves answers,").Speaker);
        Assert.Equal("Democratic senators", WithText(text, "appear to break the rules.").Speaker);
    }

    [Fact]
    public void A_plural_title_takes_up_the_group_not_one_holder_of_the_title()
    {
        const string text = "Attorney General Nadia Ferrandino said the rules were unlawful.\n\n"
            + "Democratic attorneys general in 12 states signed a letter to the secretary last month. "
            + "\u201cOur towns are safer when people trust the police,\u201d the attorneys general wrote.";

        Assert.Equal("Democratic attorneys general in 12 states", WithText(text, "Our towns are safer when people trust the police,").Speaker);
    }

    [Fact]
    public void A_text_owned_by_a_title_speaks_for_the_body_whose_name_holds_it()
    {
        const string text = "Inspectors of the VA Office of Inspector General found a hidden list of patients in Amarillo.\n\n"
            + "According to the inspector general's report, at least 900 veterans were placed on the list. "
            + "The report said investigators could not tell whether the delays had caused any deaths.";

        Assert.Equal("VA Office of Inspector General", WithText(text, "at least 900 veterans were placed on the list").Speaker);
        Assert.Equal("VA Office of Inspector General", WithText(text, "investigators could not tell whether the delays had caused any deaths").Speaker);
    }

    [Fact]
    public void A_text_released_at_a_time_by_a_body_speaks_for_the_body()
    {
        const string text = "The school system faced a $27 million gap in its budget, according to an audit released in June by the county's Office of Internal Audit.";

        Assert.Equal("Office of Internal Audit", WithText(text, "The school system faced a $27 million gap in its budget").Speaker);
    }
}
