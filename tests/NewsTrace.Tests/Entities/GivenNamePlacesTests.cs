using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class GivenNamePlacesTests
{
    [Theory]
    [InlineData("The director of the state party , Chad Kellerby , wrote to county chairs on Saturday .", "Chad Kellerby")]
    [InlineData("Forward Jordan Maddox scored twice in the second half .", "Jordan Maddox")]
    public void A_place_that_is_a_given_name_before_a_surname_is_a_person(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == name && m.Type == EntityTypes.Person);

    [Theory]
    [InlineData("The game was played at the Georgia Dome in front of 70,000 fans .", "Georgia Dome")]
    [InlineData("Students at Virginia Tech returned to class on Monday .", "Virginia Tech")]
    public void A_school_or_ground_named_after_a_place_is_no_person(string text, string name)
        => Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == name && m.Type == EntityTypes.Person);

    [Fact]
    public void A_given_name_alone_of_someone_named_in_full_is_that_person_not_a_place()
    {
        const string text = "The paper is owned by President Saddam Hussein 's son . Thousands fled after a failed uprising against Saddam , and Turkey has since said it would help .";

        Assert.Equal(EntityTypes.Person, EntityFinder.Find(text).Last(m => m.Span.Of(text) == "Saddam").Type);
    }

    [Fact]
    public void A_town_that_is_a_given_name_stays_a_town_when_nobody_is_called_so()
        => Assert.DoesNotContain(EntityFinder.Find("Police in Nancy said the fire began on Friday ."), m => m.Type == EntityTypes.Person);

    [Fact]
    public void Dale_is_a_given_name()
    {
        const string text = "Gordon won on Sunday , passing Dale Jarvill with 26 laps left .";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "Dale Jarvill" && m.Type == EntityTypes.Person);
    }
}
