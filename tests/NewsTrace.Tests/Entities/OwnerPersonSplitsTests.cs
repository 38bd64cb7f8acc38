using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class OwnerPersonSplitsTests
{
    [Theory]
    [InlineData("The far-right Liberty Party of Joerg Kessel took 27.6 percent of the vote .", "Liberty Party", "Joerg Kessel")]
    [InlineData("Serbian leader Ibrahim Vonta met envoys . Vonta 's Democratic Union of Kosovo said the pact was a first step .", "Democratic Union of Kosovo", "Vonta")]
    public void A_leader_run_into_his_party_s_name_is_a_person_of_his_own(string text, string party, string person)
    {
        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == party && m.Type == EntityTypes.Organization);
        Assert.Contains(found, m => m.Span.Of(text) == person && m.Type == EntityTypes.Person);
    }
}
