using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class FlightNumbersTests
{
    [Fact]
    public void An_airline_s_name_stops_before_flight_and_its_number()
    {
        const string text = "Divers have not found proof that a bomb brought down Trans World Airlines Flight 800 , officials said .";

        var names = EntityFinder.Find(text);

        Assert.Contains(names, m => m.Span.Of(text) == "Trans World Airlines" && m.Type == EntityTypes.Organization);
        Assert.DoesNotContain(names, m => m.Span.Of(text).Contains("Flight", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Asahi Shimbun reported on Thursday that the bank would cut 2,000 jobs .", "Asahi Shimbun")]
    [InlineData("The Chosun Ilbo said the minister would resign .", "Chosun Ilbo")]
    public void Newspapers_named_with_the_word_for_newspaper_are_organisations(string text, string paper)
    {
        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == paper && m.Type == EntityTypes.Organization);
    }
}
