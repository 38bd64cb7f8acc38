using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class JoinedKnownNamesTests
{
    [Theory]
    [InlineData("Peacekeepers were sent to Bosnia and Herzegovina last year.", "Bosnia and Herzegovina")]
    [InlineData("The ferry from Trinidad and Tobago docked late.", "Trinidad and Tobago")]
    [InlineData("Flights to Dar es Salaam resumed on Friday.", "Dar es Salaam")]
    [InlineData("The Securities and Exchange Commission opened an inquiry.", "Securities and Exchange Commission")]
    [InlineData("Police in Jammu and Kashmir said two people died.", "Jammu and Kashmir")]
    [InlineData("The train to Frankfurt an der Oder was late.", "Frankfurt an der Oder")]
    [InlineData("She grew up in Newcastle upon Tyne before moving south.", "Newcastle upon Tyne")]
    public void A_known_name_with_lower_case_words_inside_is_one_name(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name);
    }

    [Theory]
    [InlineData("BANK OF ENGLAND HOLDS RATES\nLONDON 1996-11-07\nThe bank left rates alone.", "BANK OF ENGLAND")]
    [InlineData("TROOPS LEAVE BOSNIA AND HERZEGOVINA\nSARAJEVO 1996-12-20\nThe last convoy left.", "BOSNIA AND HERZEGOVINA")]
    public void A_known_name_in_a_capitals_headline_keeps_its_small_words(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name);
    }

    [Fact]
    public void Two_known_places_joined_by_and_stay_two_names()
    {
        const string text = "Trains between Vienna and Budapest ran again.";

        var names = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains("Vienna", names);
        Assert.Contains("Budapest", names);
    }

    [Theory]
    [InlineData("He was treated at St Thomas' Hospital in London on Friday.", "St Thomas' Hospital")]
    [InlineData("A spokesman for St. Mary's Hospital said the boy was stable.", "St. Mary's Hospital")]
    [InlineData("Crowds filled St Peter's Square for the blessing.", "St Peter's Square")]
    public void A_name_after_a_saint_keeps_its_possessive(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name);
    }
}
