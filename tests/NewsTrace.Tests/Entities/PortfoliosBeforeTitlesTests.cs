using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class PortfoliosBeforeTitlesTests
{
    [Theory]
    [InlineData("European Union Competition Commissioner Anneke Voss said on Monday the slots must go .", "European Union", "European Union Competition", "Anneke Voss")]
    [InlineData("EU Farm Commissioner Pieter Holm proposed the ban on Tuesday .", "EU", "EU Farm", "Pieter Holm")]
    public void A_portfolio_after_a_known_body_belongs_to_the_title(string text, string body, string longer, string person)
    {
        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == body && m.Type == EntityTypes.Organization);
        Assert.DoesNotContain(found, m => m.Span.Of(text) == longer);
        Assert.Contains(found, m => m.Span.Of(text) == person && m.Type == EntityTypes.Person);
    }

    [Fact]
    public void A_body_s_own_head_word_stays_in_its_name()
    {
        const string text = "A Foreign Ministry spokesman said the talks would resume .";

        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == "Foreign Ministry" && m.Type == EntityTypes.Organization);
    }
}
