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
    [InlineData("Kenya 's President Daniel arap Moi opened the summit on Monday .", "Daniel arap Moi")]
    [InlineData("In Kinshasa , Prime Minister Kengo wa Dondo said the army would hold the town .", "Kengo wa Dondo")]
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

    [Theory]
    [InlineData("Cyclone expert R Saravanan said the storm had weakened.", "R Saravanan")]
    [InlineData("The award was given by President K R Narayanan on Monday.", "K R Narayanan")]
    [InlineData("Gray took over after the J. Edgar Hoover 's death in 1972 .", "J. Edgar Hoover")]
    [InlineData("The president nominated Regina M . Benjamin , a family physician , on Monday .", "Regina M . Benjamin")]
    [InlineData("Others named were Alexander Haig , a former secretary of state ; Earl J . Silbert , an original prosecutor ; and Sam Dash .", "Earl J . Silbert")]
    public void Initials_without_full_stops_are_part_of_the_name(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type == EntityTypes.Person);
    }

    [Fact]
    public void The_article_a_before_a_name_is_no_initial()
    {
        const string text = "He said a Kessler family member called A Marovian official.";

        var mentions = EntityFinder.Find(text);

        Assert.DoesNotContain(mentions, m => m.Span.Of(text).StartsWith("A ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\" The market wanted a big number , \" said Pieter van der Velde , an analyst at ABN AMRO .", "Pieter van der Velde")]
    [InlineData("The report was written by Joost van Leeuwen of the central bank.", "Joost van Leeuwen")]
    public void A_given_name_before_the_particles_is_part_of_the_name(string text, string name)
    {
        var people = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Person).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains(name, people);
    }
}
