using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class StateTitlesTests
{
    [Theory]
    [InlineData("Elsewhere , the Republic of Finland launched a five-year bond .", "Republic of Finland")]
    [InlineData("The State of Texas sued the agency on Monday.", "State of Texas")]
    [InlineData("The Grand Duchy of Luxembourg agreed to the plan.", "Grand Duchy of Luxembourg")]
    public void A_formal_style_with_a_known_place_is_one_place(string text, string name)
    {
        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == name && m.Type is EntityTypes.Geopolitical or EntityTypes.Location);
    }

    [Fact]
    public void A_style_word_before_no_known_place_is_left_alone()
    {
        const string text = "The State of the Union address is on Tuesday.";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Type is EntityTypes.Geopolitical or EntityTypes.Location);
    }
}
