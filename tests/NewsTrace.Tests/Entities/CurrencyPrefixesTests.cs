using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class CurrencyPrefixesTests
{
    [Fact]
    public void A_dollar_s_country_prefix_is_no_place()
    {
        const string text = "Cheung Kong rose 1.75 to HK$ 90.25 in Hong Kong .";

        var names = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.DoesNotContain("HK", names);
        Assert.Contains("Hong Kong", names);
    }
}
