using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class SurnameEndingsTests
{
    [Fact]
    public void A_surname_with_a_nationality_s_ending_is_the_person_named_in_full()
    {
        const string text = "Marion Castellese chose a running mate on Friday. Castellese announced the decision in a text message.";

        var mention = Assert.Single(EntityFinder.Find(text), m => m.Span.Of(text) == "Castellese");

        Assert.Equal(EntityTypes.Person, mention.Type);
    }
}
