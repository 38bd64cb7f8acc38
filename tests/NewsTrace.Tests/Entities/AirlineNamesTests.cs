using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class AirlineNamesTests
{
    [Theory]
    [InlineData("A Kenya Airways Airbus A310 landed safely in Mombasa .", "Kenya Airways")]
    [InlineData("An Andesair Boeing 757 with 70 people on board crashed into the sea .", "Andesair")]
    [InlineData("A Vantair Airbus A320 overshot the runway in heavy rain .", "Vantair")]
    [InlineData("An Ethiopian Airlines Boeing 767 was hijacked on Saturday .", "Ethiopian Airlines")]
    [InlineData("A Saudi Arabian Airlines Boeing 747 and a Kazakhstan Airlines Ilyushin-76 cargo plane collided .", "Saudi Arabian Airlines")]
    [InlineData("A Saudi Arabian Airlines Boeing 747 and a Kazakhstan Airlines Ilyushin-76 cargo plane collided .", "Kazakhstan Airlines")]
    public void An_airline_before_its_aircraft_is_the_airline_alone(string text, string airline)
    {
        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == airline && m.Type == EntityTypes.Organization);
        Assert.DoesNotContain(found, m => m.Span.Of(text).Contains("Boeing", StringComparison.Ordinal) || m.Span.Of(text).Contains("Airbus", StringComparison.Ordinal));
    }

    [Fact]
    public void The_maker_alone_is_still_a_company()
    {
        const string text = "Boeing said on Monday it would cut 2,000 jobs .";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "Boeing" && m.Type == EntityTypes.Organization);
    }

    [Theory]
    [InlineData("Passengers on two Air Transat departures were stranded. Air Transat said it had rebooked most of them.", "Air Transat")]
    [InlineData("Two Air Mabuto planes were grounded on Monday , and Air Mabuto said repairs would take a week .", "Air Mabuto")]
    public void Air_opening_a_name_read_as_a_person_is_an_airline(string text, string airline)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == airline && m.Type == EntityTypes.Organization);
        Assert.DoesNotContain(mentions, m => m.Span.Of(text) == airline && m.Type != EntityTypes.Organization);
    }
}
