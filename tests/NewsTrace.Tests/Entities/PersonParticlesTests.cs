using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class PersonParticlesTests
{
    [Theory]
    [InlineData("European Commission President Ursula von der Leyen met farmers on Monday.", "Ursula von der Leyen")]
    [InlineData("Brazilian President Luiz Inacio Lula da Silva arrived on Monday.", "Luiz Inacio Lula da Silva")]
    [InlineData("The painting by Vincent van Gogh was sold on Tuesday.", "Vincent van Gogh")]
    [InlineData("Syrian President Bashar al-Assad met the envoy.", "Bashar al-Assad")]
    [InlineData("The project ran under supervision of Prof. Patrizia d'Ettorre.", "Patrizia d'Ettorre")]
    public void A_surname_opening_with_a_particle_belongs_to_the_name(string text, string name)
    {
        var people = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Person).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains(name, people);
    }

    [Fact]
    public void A_lower_case_word_that_is_no_particle_ends_the_name()
    {
        const string text = "Foreign Minister Ilsa Varga de facto ran the talks.";

        var people = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Person).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains("Ilsa Varga", people);
    }
}
