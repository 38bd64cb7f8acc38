using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class QuotedTitlesTests
{
    [Theory]
    [InlineData("Vance told CNN\u2019s Dana Thornsage on \u201cState of the Union\u201d that he was sorry .", "State of the Union")]
    [InlineData("She was a guest on \"Ellen\" last spring .", "Ellen")]
    [InlineData("He once hosted the quiz program \"Prize Night\" on cable .", "Prize Night")]
    public void Names_inside_a_quoted_programme_title_are_dropped(string text, string title)
    {
        var start = text.IndexOf(title, StringComparison.Ordinal);

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Start >= start && m.Span.End <= start + title.Length);
    }

    [Fact]
    public void A_name_quoted_after_other_words_stays()
    {
        const string text = "Protesters outside the embassy chanted \"Free Nelson Mandela\" for an hour .";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text).Contains("Nelson Mandela", StringComparison.Ordinal));
    }
}
