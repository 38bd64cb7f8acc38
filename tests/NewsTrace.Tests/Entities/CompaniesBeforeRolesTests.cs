using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class CompaniesBeforeRolesTests
{
    [Theory]
    [InlineData("Trelvane said 34 people were treated for smoke .\nTrelvane co-chairman Patrick Morvan said the safety systems had worked .", "Trelvane", 0)]
    [InlineData("Trelvane said 34 people were treated for smoke .\nTrelvane co-chairman Patrick Morvan said the safety systems had worked .", "Trelvane", 1)]
    [InlineData("Analysts doubted the plan , but Kalvero chief executive Ann Brody said sales would recover .", "Kalvero", 0)]
    public void One_unknown_word_before_a_company_office_and_a_name_is_the_company(string text, string company, int occurrence)
    {
        var start = -1;
        for (var n = 0; n <= occurrence; n++)
        {
            start = text.IndexOf(company, start + 1, StringComparison.Ordinal);
        }

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Start == start && m.Span.Of(text) == company && m.Type == EntityTypes.Organization);
    }

    [Theory]
    [InlineData("The team struggled all season .\nTeam president Ed Marlow said the coach would stay .", "Team")]
    [InlineData("Former president Ana Reyes said the vote was fair .", "Former")]
    public void A_word_that_qualifies_the_office_is_no_company(string text, string word)
        => Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == word);
}
