using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class FirmEndingsTests
{
    [Theory]
    [InlineData("Euro Disney SCA said attendance rose .", "Euro Disney SCA")]
    [InlineData("Shares in Halvard Brenning Securities fell .", "Halvard Brenning Securities")]
    public void A_name_ending_in_a_legal_form_or_a_firm_s_word_is_no_person(string text, string name)
        => Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == name && m.Type == EntityTypes.Person);
}
