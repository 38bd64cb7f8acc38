using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class EventsAndIndexesTests
{
    [Theory]
    [InlineData("He won the Tour de France in 1996 and retired a year later.", "Tour de France")]
    [InlineData("He won the Formula One title at the last race of the season.", "Formula One")]
    [InlineData("She reached the final of the French Open for the first time.", "French")]
    [InlineData("FORMULA ONE TEAMS AGREE NEW RULES\nThe teams met in London.", "FORMULA ONE")]
    [InlineData("Sales of sweets rose in the week before Diwali, traders said.", "Diwali")]
    [InlineData("More than two million pilgrims performed the Hajj this year.", "Hajj")]
    [InlineData("Markets were shut for Eid al-Fitr on Tuesday.", "Eid al-Fitr")]
    [InlineData("Colin Montgomerie led the Dunhill Masters by two shots on Saturday .", "Dunhill Masters")]
    [InlineData("Hendry reached the final of the UK Championship in Preston .", "UK Championship")]
    [InlineData("Jacques Villeneuve won the Hungarian Grand Prix on Sunday .", "Hungarian Grand Prix")]
    [InlineData("Molde will play in the Champions ' League next season .", "Champions ' League")]
    [InlineData("The Miss World pageant opened in Bangalore under heavy guard .", "Miss World")]
    public void An_event_is_no_name(string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);

        var found = EntityFinder.Find(text).Where(m => m.Span.Start >= start && m.Span.End <= start + words.Length).ToList();

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("The Nikkei average fell 1.2 percent on Friday.", "Nikkei", EntityTypes.Organization)]
    [InlineData("The Hang Seng index closed 0.8 percent higher.", "Hang Seng", EntityTypes.Organization)]
    [InlineData("A Saudi Arabian Airlines jet landed in Riyadh on Monday.", "Saudi Arabian Airlines", EntityTypes.Organization)]
    [InlineData("The West Indies won by five wickets on Friday.", "West Indies", EntityTypes.Location)]
    [InlineData("The All Blacks beat the Wallabies 30-12 in Sydney.", "All Blacks", EntityTypes.Organization)]
    [InlineData("The latest Newsmax poll put him at 13 percent.", "Newsmax", EntityTypes.Organization)]
    [InlineData("The deal was arranged by Kleinwort Benson , the bank said .", "Kleinwort Benson", EntityTypes.Organization)]
    [InlineData("Union leaders at IG Metall rejected the offer on Monday.", "IG Metall", EntityTypes.Organization)]
    [InlineData("Researchers at King's College London said the trial had ended.", "King's College London", EntityTypes.Organization)]
    [InlineData("She studied at the Massachusetts Institute of Technology before joining.", "Massachusetts Institute of Technology", EntityTypes.Organization)]
    [InlineData("A Zogby survey in May found the race tied.", "Zogby", EntityTypes.Organization)]
    [InlineData("Researchers at Quinnipiac asked 1,200 voters.", "Quinnipiac", EntityTypes.Organization)]
    [InlineData("Her spokeswoman told CBC the file was never classified.", "CBC", EntityTypes.Organization)]
    [InlineData("The clip spread on TikTok within hours.", "TikTok", EntityTypes.Organization)]
    [InlineData("Ethnologue lists about 7,000 living languages.", "Ethnologue", EntityTypes.Organization)]
    public void Indexes_airlines_sides_and_teams_are_named_whole(string text, string name, string type)
    {
        var found = EntityFinder.Find(text).Where(m => m.Span.Of(text) == name).ToList();

        Assert.Single(found);
        Assert.Equal(type, found[0].Type);
    }

    [Theory]
    [InlineData("Under Berdymukhamedov's predecessor, laws were rubber-stamped by the council.", "Under")]
    [InlineData("After Varkonyi's resignation, the party chose a new leader.", "After")]
    [InlineData("Despite Morrow's warning, the bank raised rates.", "Despite")]
    [InlineData("Rival Advanced Micro Devices Inc said its own sales were flat.", "Rival")]
    [InlineData("Shares in Intel rose 4 percent on Monday.", "Shares")]
    public void A_preposition_opening_a_sentence_is_no_part_of_a_name(string text, string word)
    {
        var names = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.DoesNotContain(names, name => name.StartsWith(word + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capital_A_inside_a_sentence_stays_in_the_name()
    {
        const string text = "The ferry from A Coruña docked in Vigo on Monday.";

        var names = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.DoesNotContain("Coruña", names);
    }
}
