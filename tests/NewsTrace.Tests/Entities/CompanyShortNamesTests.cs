using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class CompanyShortNamesTests
{
    [Theory]
    [InlineData("Shares of Elf Aquitaine rose 3 percent on Monday . Elf said profits would rise .", "Elf")]
    [InlineData("The Swiss groups Ciba-Geigy AG and Sandoz AG will merge . Ciba shares rose 10 percent .", "Ciba")]
    [InlineData("Carmaker Daimler-Benz AG said sales rose . Daimler expects a profit next year .", "Daimler")]
    [InlineData("Regulators let Quarrow Power & Light shut the plant early. Under the deal, Quarrow will recover $600 million.", "Quarrow")]
    public void A_company_s_first_word_alone_is_the_company(string text, string name)
    {
        var start = text.LastIndexOf(name, StringComparison.Ordinal);

        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Start == start);

        Assert.True(found is not null, $"nothing found at the last \"{name}\"");
        Assert.Equal(name, found.Span.Of(text));
        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Fact]
    public void A_common_first_word_is_no_short_name()
    {
        const string text = "National Grid said demand rose . National leaders met in Rome .";

        var found = EntityFinder.Find(text).Where(m => m.Span.Of(text) == "National").ToList();

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("Chief executive Helmut Werner said Mercedes-Benz would build a plant in Alabama .", "Mercedes-Benz")]
    [InlineData("The deal leaves Airbus Industrie , based in Toulouse , as the only rival .", "Airbus Industrie")]
    [InlineData("Airbnb, which lists more than 300 homes in the valley, wrote to its hosts.", "Airbnb")]
    [InlineData("Shares of Wells Fargo fell after the hearing.", "Wells Fargo")]
    [InlineData("Pepsi lost its bottler in Caracas on Monday .", "Pepsi")]
    [InlineData("The Kuomintang backed the plan at the conference .", "Kuomintang")]
    [InlineData("The Supreme Council for the Islamic Revolution in Iraq said the shelling went on .", "Supreme Council for the Islamic Revolution in Iraq")]
    [InlineData("Peters led New Zealand First into talks on a coalition .", "New Zealand First")]
    [InlineData("Ahern said Fine Gael had lost the trust of the Dail .", "Fine Gael")]
    [InlineData("Ahern said Fine Gael had lost the trust of the Dail .", "Dail")]
    [InlineData("The opposition New Democracy party voted against the budget .", "New Democracy")]
    [InlineData("Eurotunnel said its bankers had agreed to the plan .", "Eurotunnel")]
    [InlineData("Nintendo cut the price of its machine by a third .", "Nintendo")]
    public void A_known_company_is_an_organisation(string text, string name)
    {
        var found = EntityFinder.Find(text).Where(m => m.Span.Of(text) == name).ToList();

        Assert.Single(found);
        Assert.Equal(EntityTypes.Organization, found[0].Type);
    }

    [Fact]
    public void A_company_s_name_that_is_the_surname_of_a_person_named_before_is_the_person()
    {
        const string text = "The premier met independent MP Pauline Hanson on Monday . Hanson , a former shop owner , said she would not change her views .";

        var lone = EntityFinder.Find(text).Single(m => m.Span.Of(text) == "Hanson");

        Assert.Equal(EntityTypes.Person, lone.Type);
    }

    [Fact]
    public void A_body_s_name_without_its_head_word_is_the_body_and_an_adjective_opening_it_is_cut()
    {
        const string text = "The builder, Tulsa-based Corvane Midstream Partners, agreed to replant trees.\n\nCorvane Midstream said the line was safe.";

        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == "Corvane Midstream Partners" && m.Type == EntityTypes.Organization);
        Assert.Contains(found, m => m.Span.Of(text) == "Corvane Midstream" && m.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_country_opening_a_company_s_name_is_no_short_name_of_it()
    {
        const string text = "Taiwan shares closed higher on Wednesday.\n\nChipmaker Taiwan Semiconductor Manufacturing Co rose seven percent, and Taiwan dollars firmed.";

        var found = EntityFinder.Find(text);

        Assert.All(found.Where(m => m.Span.Of(text) == "Taiwan"), m => Assert.Equal(EntityTypes.Geopolitical, m.Type));
        Assert.Contains(found, m => m.Span.Of(text) == "Taiwan Semiconductor Manufacturing Co" && m.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_person_a_body_is_named_after_stays_the_person()
    {
        const string text = "Betty Ford founded the Betty Ford Center in 1982. Betty Ford said recovery was possible.";

        var found = EntityFinder.Find(text);

        Assert.All(found.Where(m => m.Span.Of(text) == "Betty Ford"), m => Assert.Equal(EntityTypes.Person, m.Type));
    }

    [Theory]
    [InlineData("Talvane Pharmaceuticals asked regulators to approve the pill. On Tuesday, Talvane said it was disappointed.", "Talvane", "Talvane Pharmaceuticals")]
    [InlineData("Orsk Motors Inc cut its forecast. Orsk said sales fell.", "Orsk", "Orsk Motors Inc")]
    public void A_company_s_first_word_alone_takes_the_full_name_as_canonical(string text, string shortName, string fullName)
    {
        var found = EntityFinder.Find(text).Single(m => m.Span.Start == text.LastIndexOf(shortName, StringComparison.Ordinal));

        Assert.Equal(fullName, found.Canonical);
    }

    [Fact]
    public void A_name_whose_ampersand_follows_its_first_word_gives_no_short_name()
    {
        const string text = "Brandle & Sons closed the plant. Brandle said he would retire.";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Start == text.LastIndexOf("Brandle", StringComparison.Ordinal) && m.Type == EntityTypes.Organization);
    }
}
