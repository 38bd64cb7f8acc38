using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class CompanyPlaceSplitTests
{
    [Fact]
    public void A_company_ends_at_its_legal_form_and_the_place_after_of_is_a_place()
    {
        const string text = "The line is owned by Harwell Shipping Ltd of Britain and Royal Vandermeer NV of the Netherlands .";

        var found = EntityFinder.Find(text).Select(m => (Text: m.Span.Of(text), m.Type)).ToList();

        Assert.Contains(("Royal Vandermeer NV", EntityTypes.Organization), found);
        Assert.Contains(("Netherlands", EntityTypes.Geopolitical), found);
        Assert.Contains(("Harwell Shipping Ltd", EntityTypes.Organization), found);
    }

    [Fact]
    public void A_legal_name_with_a_second_form_after_of_stays_whole()
    {
        const string text = "Shares in Kestrel Mining Corp of South Africa Ltd fell 3 percent in Johannesburg .";

        var found = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains("Kestrel Mining Corp of South Africa Ltd", found);
    }

    [Fact]
    public void A_place_after_a_legal_form_and_of_is_cut_off_even_when_no_list_knows_it()
    {
        const string text = "Regulators said the deal would hurt rivals such as Orvane Systems Corp of Elmbrook Falls , Oregon .";

        var found = EntityFinder.Find(text).Select(m => (Text: m.Span.Of(text), m.Type)).ToList();

        Assert.Contains(("Orvane Systems Corp", EntityTypes.Organization), found);
        Assert.Contains(("Elmbrook Falls", EntityTypes.Geopolitical), found);
    }

    [Fact]
    public void A_name_headed_by_a_company_form_is_an_organisation()
    {
        const string text = "\" People are selling first , \" said Kenji Watanabe , a strategist at Nomura Securities Co .";

        var found = EntityFinder.Find(text).Select(m => (Text: m.Span.Of(text), m.Type)).ToList();

        Assert.Contains(("Nomura Securities Co", EntityTypes.Organization), found);
    }

    [Theory]
    [InlineData("The developer, Tallgrass Energy Partners of Omaha, has signed 30 leases.", "Tallgrass Energy Partners", "Omaha")]
    [InlineData("The bid came from Pellow Resources of Canada last week.", "Pellow Resources", "Canada")]
    [InlineData("The wells' owner, Copper Flat Water Services of Odessa, said it would appeal.", "Copper Flat Water Services", "Odessa")]
    [InlineData("The plant's operator, Brackwell Field Services of Tarnby, said it would appeal.", "Brackwell Field Services", "Tarnby")]
    public void A_home_place_after_a_line_of_business_and_of_is_cut_off(string text, string company, string place)
    {
        var found = EntityFinder.Find(text).Select(m => (Text: m.Span.Of(text), m.Type)).ToList();

        Assert.Contains((company, EntityTypes.Organization), found);
        Assert.Contains((place, EntityTypes.Geopolitical), found);
    }

    [Theory]
    [InlineData("Royal Bank of Canada raised its forecast.", "Royal Bank of Canada")]
    [InlineData("Shares of Bank of America rose.", "Bank of America")]
    public void A_body_whose_head_is_no_line_of_business_keeps_its_place(string text, string name)
        => Assert.Contains(name, EntityFinder.Find(text).Select(m => m.Span.Of(text)));

    [Theory]
    [InlineData("The Rev. Ida Fensworth of Hillcrest Baptist Church said the hall would open.", "Ida Fensworth", "Hillcrest Baptist Church")]
    [InlineData("The Rev. Ida Fensworth of the Hillcrest Baptist Church said the hall would open.", "Ida Fensworth", "Hillcrest Baptist Church")]
    public void A_titled_person_of_a_body_is_the_person_and_the_body(string text, string person, string body)
    {
        var found = EntityFinder.Find(text).Select(m => (Text: m.Span.Of(text), m.Type)).ToList();

        Assert.Contains((person, EntityTypes.Person), found);
        Assert.Contains((body, EntityTypes.Organization), found);
    }
}
