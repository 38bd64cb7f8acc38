using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class PlacedBodiesTests
{
    [Theory]
    [InlineData("The United Nations Observer Mission in Liberia said 900 fighters had handed in their weapons .", "United Nations Observer Mission in Liberia")]
    [InlineData("The Front for Unity in Burundi ( FRUBU ) won most seats .", "Front for Unity in Burundi")]
    public void A_body_named_for_the_country_it_works_in_holds_the_country(string text, string body)
    {
        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == body);

        Assert.NotNull(found);
        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Fact]
    public void A_party_in_a_country_stays_apart_from_it()
    {
        const string text = "The Socialist Party in France lost ground on Sunday .";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "France");
    }
}
