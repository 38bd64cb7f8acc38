using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class SurnamePlacesTests
{
    [Fact]
    public void A_place_name_the_document_uses_as_a_surname_is_the_person_where_it_stands_alone()
    {
        const string text = "The former crew member Valeska Paris told reporters she had been held on a ship. Paris said she was not allowed to leave.";

        var paris = EntityFinder.Find(text).Where(m => m.Span.Of(text) == "Paris").ToList();

        Assert.Single(paris);
        Assert.Equal(EntityTypes.Person, paris[0].Type);
    }

    [Fact]
    public void An_agency_named_after_a_country_gives_the_country_no_surname()
    {
        // The tagger first reads "Environment Canada" as a person; the country alone on a category line is still the country.
        const string text = "A sensitive Environment Canada memo was found on a wet street in Halifax on Friday.\n"
                            + "Environment Canada spokeswoman Ana Bell said the memo held no secrets.\nFiled under:\nCanada\nEconomy";

        var canada = EntityFinder.Find(text).Where(m => m.Span.Of(text) == "Canada").ToList();

        Assert.Single(canada);
        Assert.Equal(EntityTypes.Geopolitical, canada[0].Type);
    }

    [Fact]
    public void After_a_place_preposition_the_word_stays_the_place()
    {
        const string text = "The singer Jackie Paris arrived on Monday. She will perform in Paris on Friday.";

        var paris = EntityFinder.Find(text).Where(m => m.Span.Of(text) == "Paris").ToList();

        Assert.Single(paris);
        Assert.Equal(EntityTypes.Geopolitical, paris[0].Type);
    }

    [Fact]
    public void Without_a_person_of_that_surname_a_known_place_stays_a_place()
    {
        const string text = "Talks resumed on Monday. Paris said it would send a delegation.";

        var paris = EntityFinder.Find(text).Where(m => m.Span.Of(text) == "Paris").ToList();

        Assert.Single(paris);
        Assert.Equal(EntityTypes.Geopolitical, paris[0].Type);
    }

    [Theory]
    [InlineData("\"Hey Frank, how are you?\" she asked.", "Frank")]
    [InlineData("\"Thanks Marta, that helps,\" he said.", "Marta")]
    public void A_greeting_before_a_name_is_not_part_of_it(string text, string name)
    {
        var names = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.DoesNotContain(names, found => found.StartsWith("Hey", StringComparison.Ordinal) || found.StartsWith("Thanks", StringComparison.Ordinal));
        Assert.Contains(name, names);
    }

    [Theory]
    [InlineData("Clinton named Anthony Lake as his national security adviser on Friday.", "Anthony Lake")]
    [InlineData("Damon Hill tested the new car at Estoril on Tuesday.", "Damon Hill")]
    public void A_given_name_before_a_surname_like_place_word_is_a_person(string text, string name)
    {
        var found = EntityFinder.Find(text).Single(m => m.Span.Of(text) == name);

        Assert.Equal(EntityTypes.Person, found.Type);
    }

    [Fact]
    public void A_lone_surname_read_as_an_organisation_is_the_person_named_in_full()
    {
        const string text = "The Angels have offered a long contract to Mark Teixeira, general manager Tony Reagins said on Friday.\n"
            + "Reagins declined to give the value of Teixeira's offer.";

        var found = EntityFinder.Find(text).Where(m => m.Span.Of(text) == "Teixeira").ToList();

        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.Equal(EntityTypes.Person, m.Type));
    }
}
