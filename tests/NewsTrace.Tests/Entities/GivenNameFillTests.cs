using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class GivenNameFillTests
{
    [Theory]
    [InlineData("He met Thomas Enqvist in Stockholm on Sunday.", "Thomas Enqvist")]
    [InlineData("Pete Sampras beat Thomas Enqvist in the final on Sunday.", "Thomas Enqvist")]
    public void A_known_given_name_and_a_capitalised_word_the_tagger_passed_over_are_a_person(string text, string name)
    {
        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == name);

        Assert.NotNull(found);
        Assert.Equal(EntityTypes.Person, found.Type);
    }
}
