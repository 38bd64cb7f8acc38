using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class FirmEndingsTests
{
    [Theory]
    [InlineData("Euro Disney SCA said attendance rose .", "Euro Disney SCA")]
    [InlineData("Shares in Halvard Brenning Securities fell .", "Halvard Brenning Securities")]
    public void A_name_ending_in_a_legal_form_or_a_firm_s_word_is_no_person(string text, string name)
        => Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == name && m.Type == EntityTypes.Person);

    [Theory]
    [InlineData("The paper said the lobbyist 's firm , Ian Greer Associates , made the payments .", "Ian Greer Associates")]
    [InlineData("Growers ' group Florida Citrus Mutual said the crop was in line with its survey .", "Florida Citrus Mutual")]
    public void A_person_s_or_a_place_s_name_and_a_firm_s_word_are_the_firm(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == name && m.Type == EntityTypes.Organization);

    [Theory]
    [InlineData("The board voted on Monday .\nSouthern Pupil Transport , based in Birmingham , has held the contract since 2012 .", "Southern Pupil Transport")]
    [InlineData("The deal was signed .\nHalvard Brenning Logistics said it would appeal .", "Halvard Brenning Logistics")]
    public void A_firm_s_word_or_a_regional_adjective_opening_the_sentence_belongs_to_the_firm(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == name && m.Type == EntityTypes.Organization);
}
