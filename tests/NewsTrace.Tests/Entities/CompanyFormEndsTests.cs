using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class CompanyFormEndsTests
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
}
