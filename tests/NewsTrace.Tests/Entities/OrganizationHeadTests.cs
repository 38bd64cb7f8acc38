using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class OrganizationHeadTests
{
    [Theory]
    [InlineData("Shares in Kestrel-Vorn AG rose in Frankfurt after the results.", "Kestrel-Vorn AG")]
    [InlineData("Analysts said Oberlin Trasporti SpA would sell its bus unit.", "Oberlin Trasporti SpA")]
    [InlineData("Halverton United beat the league leaders 2-0 on Saturday.", "Halverton United")]
    [InlineData("Dunmore Rovers signed the striker for two seasons.", "Dunmore Rovers")]
    [InlineData("Dealers at Rudolf Wolff & Co said stocks were rising .", "Rudolf Wolff & Co")]
    [InlineData("She was a partner at the Rose Law Firm in Little Rock .", "Rose Law Firm")]
    [InlineData("The bomb was found near the border , the Royal Ulster Constabulary said .", "Royal Ulster Constabulary")]
    [InlineData("A strike by 2,800 workers halted output , the United Auto Workers union said .", "United Auto Workers")]
    [InlineData("Vasco Tarelli drove for Halvorsen-Pike Racing in his first season .", "Halvorsen-Pike Racing")]
    [InlineData("Workers at Tamsett Seating voted against the union on Friday.", "Tamsett Seating")]
    [InlineData("The plant belongs to Brackley Foods, which makes frozen pies.", "Brackley Foods")]
    [InlineData("Orvane Publishing said it would close two magazines.", "Orvane Publishing")]
    [InlineData("Analysts at Pellham Financial cut their forecast for the year.", "Pellham Financial")]
    [InlineData("The operator, Brackwater Terminals, wants to install 22 cranes at the pier.", "Brackwater Terminals")]
    public void A_company_form_or_club_word_ends_an_organisation(string text, string name)
    {
        var mention = EntityFinder.Find(text).Single(m => m.Span.Of(text) == name);

        Assert.Equal(EntityTypes.Organization, mention.Type);
    }

    [Theory]
    [InlineData("She lectures on media history at the Vrije Universiteit Amsterdam.", "Vrije Universiteit Amsterdam")]
    [InlineData("The survey was run by the Politecnico di Milano for the city.", "Politecnico di Milano")]
    [InlineData("He trained as an engineer at the Technische Hochschule Aachen.", "Technische Hochschule Aachen")]
    [InlineData("Marit Kool lectures on media history at Vrije Universiteit Amsterdam.", "Vrije Universiteit Amsterdam")]
    [InlineData("Last year he joined Banco Ribeira Atlântico as a currency trader.", "Banco Ribeira Atlântico")]
    [InlineData("The rebels spoke to Radio Vallée Internationale by telephone on Sunday .", "Radio Vallée Internationale")]
    [InlineData("Shares of Companhia Serra do Norte rose 3 percent in Sao Paulo .", "Companhia Serra do Norte")]
    public void A_body_named_by_a_head_in_its_own_language_or_by_its_medium_is_an_organisation(string text, string name)
    {
        var mention = EntityFinder.Find(text).Single(m => m.Span.Of(text) == name);

        Assert.Equal(EntityTypes.Organization, mention.Type);
    }

    [Theory]
    [InlineData("The Confederation of African Football said the final would be replayed.", "Confederation of African Football")]
    [InlineData("The Federation of Korean Industries urged wage restraint.", "Federation of Korean Industries")]
    [InlineData("Leaders of the United Tajik Opposition flew to Moscow .", "United Tajik Opposition")]
    [InlineData("The Banco Central do Brasil left rates unchanged .", "Banco Central do Brasil")]
    [InlineData("The bid came from the Kafue Consortium on Wednesday .", "Kafue Consortium")]
    [InlineData("Property stocks such as Sun Hung Kai Properties rose .", "Sun Hung Kai Properties")]
    [InlineData("The consortium includes Anglovaal Minerals and two Canadian miners .", "Anglovaal Minerals")]
    [InlineData("The Democratic Convention of Romania won the vote .", "Democratic Convention of Romania")]
    [InlineData("The left-wing Party of the Democratic Revolution ( PRD ) won the vote .", "Party of the Democratic Revolution")]
    [InlineData("Leaders of the Movement for the Survival of the Kesh People were arrested .", "Movement for the Survival of the Kesh People")]
    [InlineData("The case went to the Suffolk District Court in Boston on Monday .", "Suffolk District Court")]
    [InlineData("Jurors in Albany County Court heard the officer on Tuesday .", "Albany County Court")]
    public void A_body_named_by_its_head_word_is_an_organisation(string text, string name)
    {
        var mention = EntityFinder.Find(text).Single(m => m.Span.Of(text) == name);

        Assert.Equal(EntityTypes.Organization, mention.Type);
    }

    [Fact]
    public void A_federation_of_places_is_still_a_state()
    {
        const string Text = "The Russian Federation signed the treaty on Monday.";

        Assert.Contains(EntityFinder.Find(Text), m => m.Span.Of(Text) == "Russian Federation" && m.Type == EntityTypes.Geopolitical);
    }

    [Fact]
    public void A_party_convention_with_no_country_is_still_an_event()
    {
        const string Text = "Delegates arrived for the Democratic National Convention in Chicago .";

        Assert.DoesNotContain(EntityFinder.Find(Text), m => m.Span.Of(Text).Contains("Convention", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A former mayor of Kessler Township was charged on Monday .", "Kessler Township")]
    [InlineData("The plant is in the small town of Carrolton Falls , Ohio .", "Carrolton Falls")]
    [InlineData("Police patrolled Crown Heights after the riots .", "Crown Heights")]
    public void A_place_word_ends_a_place(string text, string name)
    {
        var mention = EntityFinder.Find(text).Single(m => m.Span.Of(text) == name);

        Assert.True(mention.Type is EntityTypes.Location or EntityTypes.Geopolitical, mention.Type);
    }

    [Fact]
    public void A_person_of_a_body_named_in_its_own_language_stays_a_person()
    {
        const string text = "Ana Ruiz of Banco Ribeira Atlântico said the bank would lend more.";

        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == "Ana Ruiz" && m.Type == EntityTypes.Person);
        Assert.Contains(mentions, m => m.Span.Of(text) == "Banco Ribeira Atlântico" && m.Type == EntityTypes.Organization);
    }
}
