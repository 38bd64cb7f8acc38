using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class TrailingWeekdaysTests
{
    [Fact]
    public void A_weekday_after_a_full_name_is_no_part_of_it()
    {
        const string text = "Court\n\nA driver admitted the crash. In court , Marcus Allen Devereaux Friday said he had been drinking .";

        var mentions = EntityFinder.Find(text);

        Assert.DoesNotContain(mentions, m => m.Span.Of(text).EndsWith("Friday", StringComparison.Ordinal));
    }

    [Fact]
    public void A_two_word_name_ending_in_a_weekday_stays_whole()
    {
        const string text = "Detective Joe Friday took the case .";

        Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Person && m.Span.Of(text) == "Joe Friday");
    }
}
