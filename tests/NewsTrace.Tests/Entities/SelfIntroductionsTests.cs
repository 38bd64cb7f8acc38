using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class SelfIntroductionsTests
{
    [Theory]
    [InlineData("Our studio is basically me and my sister, I'm Tomas R. Delacroix.", "Tomas R. Delacroix")]
    [InlineData("Good evening, I'm Wanjiru Kamau and this is the late bulletin.", "Wanjiru Kamau")]
    [InlineData("My name is Oduya Fenwick and I have farmed here for forty years.", "Oduya Fenwick")]
    public void The_words_a_speaker_introduces_themselves_with_are_a_person(string text, string name)
    {
        var mention = EntityFinder.Find(text).Single(m => m.Span.Of(text) == name);

        Assert.Equal(EntityTypes.Person, mention.Type);
    }

    [Theory]
    [InlineData("I'm American and proud of it, she said.")]
    public void A_nationality_after_the_cue_is_no_person(string text)
    {
        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Type == EntityTypes.Person);
    }

    [Fact]
    public void Capitals_after_the_cue_in_a_title_case_headline_are_no_person()
    {
        const string Text = "I'm Not Going Anywhere, Says Defiant Mayor";

        Assert.DoesNotContain(EntityFinder.Find(Text), m => m.Span.Of(Text).StartsWith("Not", StringComparison.Ordinal));
    }
}
