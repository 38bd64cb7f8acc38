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

    [Theory]
    [InlineData("At the polling station, Washington Pereda, a 71-year-old former bus driver, said he had voted.", "Washington Pereda")]
    [InlineData("Outside the hall, Florida Estevez, 64, said she had waited for hours.", "Florida Estevez")]
    public void A_place_s_name_for_a_given_name_with_an_age_after_it_is_a_person(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Person && m.Span.Of(text) == name);

    [Fact]
    public void A_place_named_by_its_head_word_with_an_age_after_it_stays_a_place()
    {
        const string text = "Tourists crowded Kesmar Old Town, a 300-year-old district, on Sunday.";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Type == EntityTypes.Person);
    }
}
