using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class LanguageNamesTests
{
    private const string Grammar =
        "Mbeleko is a Bantu language spoken along the Ruvuma River. Most Mbeleko speakers live in the hills, and Mbeleko is now "
        + "taught in two primary schools. The Kinga and Ndali languages are close relatives. The Ndali spoken in Mbeya differs "
        + "from Mbeleko in its tones.";

    [Theory]
    [InlineData("Mbeleko")]
    [InlineData("Bantu")]
    [InlineData("Kinga")]
    [InlineData("Ndali")]
    public void A_language_the_text_names_as_one_is_no_person_organisation_or_place(string language)
    {
        var names = EntityFinder.Find(Grammar)
            .Where(m => m.Type != EntityTypes.Nationality)
            .Select(m => m.Span.Of(Grammar))
            .ToList();

        Assert.DoesNotContain(language, names);
    }

    [Fact]
    public void Places_beside_the_languages_are_still_found()
    {
        var names = EntityFinder.Find(Grammar).Select(m => m.Span.Of(Grammar)).ToList();

        Assert.Contains("Ruvuma River", names);
        Assert.Contains("Mbeya", names);
    }

    [Theory]
    [InlineData("Tovara-speaking villages lie east of the river, and Tovara has no written form.", "Tovara")]
    [InlineData("The elders still speak Tovara at home. Tovara has no written form.", "Tovara")]
    [InlineData("Few speakers of Ikwere remain in the delta. Ikwere has no written form.", "Ikwere")]
    public void Other_ways_of_naming_a_language_count_too(string text, string language)
    {
        var names = EntityFinder.Find(text).Where(m => m.Type != EntityTypes.Nationality).Select(m => m.Span.Of(text)).ToList();

        Assert.DoesNotContain(language, names);
    }

    [Theory]
    [InlineData("Sergei Lavrov speaking to reporters in Moscow said the talks would go on. Lavrov left on Friday.", "Lavrov")]
    [InlineData("Among the Davos speakers was Angela Merkel, who spoke on trade.", "Angela Merkel")]
    [InlineData("House speaker Nancy Pelosi said the vote would be held on Friday.", "Nancy Pelosi")]
    [InlineData("French speakers in Belgium voted for the Brussels list.", "Belgium")]
    public void People_and_places_beside_speaking_words_stay_names(string text, string name)
    {
        var names = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains(name, names);
    }

    [Fact]
    public void A_language_in_a_capitals_headline_is_no_place_either()
    {
        const string text = "4. KITUBA MBELEKO, ITS SPEAKERS AND THEIR NEIGHBOURS\nThis part describes the Kituba Mbeleko (Mbeleko for short) "
            + "and where Mbeleko is spoken. We also discuss the Mbeleko language.";

        var names = EntityFinder.Find(text).Where(m => m.Type != EntityTypes.Nationality).Select(m => m.Span.Of(text)).ToList();

        Assert.DoesNotContain("KITUBA MBELEKO", names);
    }
}
