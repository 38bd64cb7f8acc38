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
}
