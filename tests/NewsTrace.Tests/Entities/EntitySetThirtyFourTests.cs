using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

/// <summary>Names of the kinds entity set 34 missed (a tennis qualifier, Ukrainian given names), in sentences written for these tests.</summary>
public sealed class EntitySetThirtyFourTests
{
    [Theory]
    [InlineData("She beat French qualifier Gaelle Ollivard in the second round .", "Gaelle Ollivard")]
    [InlineData("Fourth seed Lena Varga needed three sets to beat Belgian qualifier Anouk Verbeeck on Sunday .", "Anouk Verbeeck")]
    public void A_name_after_a_qualifier_is_a_person(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Person && m.Span.Of(text) == name);

    [Theory]
    [InlineData("She was a 6-3 6-4 winner over Ukrainian Yuliya Korotkova .", "Yuliya Korotkova")]
    [InlineData("The talks were led by Ukrainian Serhiy Bondarchuk .", "Serhiy Bondarchuk")]
    public void A_nationality_before_a_ukrainian_given_name_is_no_part_of_the_person(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Type == EntityTypes.Person && m.Span.Of(text) == name);
        Assert.Contains(mentions, m => m.Type == EntityTypes.Nationality && m.Span.Of(text) == "Ukrainian");
    }

    [Theory]
    [InlineData("At Taunton : Somerset 188-6 ( 40 overs ) . Kent 190-3 ( 36 overs ) .", "Somerset")]
    [InlineData("At Trent Bridge : Nottinghamshire 174-9 ( 40 overs ) . Essex 175-3 ( 33 overs ) .", "Nottinghamshire")]
    [InlineData("At Chester-le-Street : Durham 158 ( 37 overs ) . Surrey 159-2 ( 28.5 overs ) .", "Durham")]
    public void A_county_with_a_score_and_its_overs_is_the_team(string text, string side)
        => Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Organization && m.Span.Of(text) == side);

    [Fact]
    public void A_country_with_a_score_and_its_overs_stays_a_place()
    {
        const string text = "At Lord 's : Pakistan 225-9 ( 50 overs ) . England 226-2 ( 45 overs ) .";

        Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Geopolitical && m.Span.Of(text) == "Pakistan");
    }

    [Theory]
    [InlineData("The liberal daily Obozrevatel said so , while Novaya Gazeta said the deal was backed by the premier .", "Novaya Gazeta")]
    [InlineData("Radio Tropicana said 20 soldiers died in the attack .", "Radio Tropicana")]
    [InlineData("The issue was arranged by Nordiska Handels Banken on Monday .", "Nordiska Handels Banken")]
    [InlineData("Pacific Orient Lines handled a record 1,000 boxes .", "Pacific Orient Lines")]
    public void A_newspaper_a_broadcaster_a_bank_or_a_shipping_line_is_no_person(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Organization && m.Span.Of(text) == name);
}
