using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class PlaceContextTests
{
    [Theory]
    [InlineData("The ministers met in Velgrad on Monday. Velgrad has offered to host the next round.", "Velgrad")]
    [InlineData("Trucks from the port drive into Tarnovar every night. Tarnovar lies on the river.", "Tarnovar")]
    public void An_unknown_name_the_text_puts_after_in_is_a_place(string text, string name)
    {
        var mentions = EntityFinder.Find(text).Where(m => m.Span.Of(text) == name).ToList();

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.NotEqual(EntityTypes.Person, m.Type));
    }

    [Fact]
    public void A_person_after_to_or_in_a_possessive_stays_a_person()
    {
        const string text = "Foreign Minister Ilsa Varga spoke to Brandauer on Monday. In Varga's view the talks went well.";

        var varga = EntityFinder.Find(text).Where(m => m.Span.Of(text).Contains("Varga", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(varga);
        Assert.All(varga, m => Assert.Equal(EntityTypes.Person, m.Type));
    }
}
