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
}
