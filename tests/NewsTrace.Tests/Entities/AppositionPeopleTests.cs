using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class AppositionPeopleTests
{
    [Fact]
    public void A_name_with_a_person_s_role_in_apposition_is_a_person()
    {
        const string Text = "Oskar Lafontaine , leader of the opposition Social Democratic Party , called on the minister to resign .";

        Assert.Contains(EntityFinder.Find(Text), m => m.Span.Of(Text) == "Oskar Lafontaine" && m.Type == EntityTypes.Person);
    }

    [Fact]
    public void A_known_company_before_a_role_word_stays_a_company()
    {
        const string Text = "Microsoft Corp , leader of the software market , said sales rose .";

        Assert.Contains(EntityFinder.Find(Text), m => m.Span.Of(Text) == "Microsoft Corp" && m.Type == EntityTypes.Organization);
    }
}
