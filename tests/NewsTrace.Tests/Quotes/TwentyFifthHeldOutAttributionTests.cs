using NewsTrace.Entities;
using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Attribution patterns met in held-out set 25 (referendums, trust votes, summits), in sentences written for these tests.</summary>
public sealed class TwentyFifthHeldOutAttributionTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Theory]
    [InlineData("Héctor de los Santos", "De los Santos")]
    [InlineData("Marina von der Brelie", "Von der Brelie")]
    public void A_surname_with_particles_opening_a_sentence_is_the_person_named_before(string name, string later)
    {
        var text = $"{name} spoke at the rally on Sunday.\n\n{later} said the count would take a week.";

        var mentions = EntityFinder.Find(text).Where(m => m.Span.Of(text) == later).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(name, m.Canonical));
    }

    [Fact]
    public void A_pronoun_after_a_particle_surname_that_opens_the_sentence_is_that_person()
    {
        const string text = "Ramiro Valdés won the primary.\n\n"
            + "\u201cWe will keep going,\u201d said Héctor de los Santos, a union leader.\n\n"
            + "Asked whether the union would back Valdés, De los Santos paused. \u201cThat is for each member to decide,\u201d he said.";

        Assert.Equal("Héctor de los Santos", Quote(text, "That is for").Speaker);
    }

    [Fact]
    public void A_gendered_honorific_picks_the_sibling_by_an_irish_given_name()
    {
        const string text = "Turnout\n\nDeirdre Tiernan, a councillor, canvassed for a Yes vote; her brother, Fergal Tiernan, voted No.\n\n"
            + "Mr Tiernan said he had voted No on both ballots.";

        var mentions = EntityFinder.Find(text).Where(m => m.Span.Of(text) == "Tiernan").ToList();
        Assert.Equal("Fergal Tiernan", Assert.Single(mentions).Canonical);
    }

    [Fact]
    public void A_referendum_answer_in_quote_marks_is_no_speech_and_leaves_the_next_quote_to_the_sentence_s_subject()
    {
        const string text = "Republic bill\n\n\u201cIt is a republic with a foreign court,\u201d MP Lorna Whitfield-Grant said.\n\n"
            + "In the square, Marcia Dunbar, who sells phone cards, said she had not heard of the bill. \u201cFix the fares first,\u201d she said.\n\n"
            + "Asked whether the party would campaign for a 'No' vote, Whitfield-Grant paused. \u201cWe want to vote yes,\u201d she said.";

        var quotes = QuoteFinder.Find(text);
        Assert.DoesNotContain(quotes, quote => quote.Span.Of(text) == "No");
        Assert.Equal("Lorna Whitfield-Grant", Quote(text, "We want").Speaker);
    }

    [Theory]
    [InlineData("Ms Lukić", "Dragana Lukić")]
    [InlineData("Mr Lukić", "Milan Lukić")]
    public void Serbian_given_names_tell_which_sibling_an_honorific_means(string titled, string name)
    {
        var text = "North Kosovo\n\nDragana Lukić, a party official, urged a boycott; her brother Milan Lukić voted.\n\n"
            + $"{titled} said the count was over.";

        var surname = EntityFinder.Find(text).Last(m => m.Span.Of(text) == "Lukić");
        Assert.Equal(name, surname.Canonical);
    }

    [Theory]
    [InlineData("Kosovo\u2019s government said the elections had been held in line with the constitution.", "Kosovo\u2019s government")]
    [InlineData("Germany's development ministry said its pledge would come on top of earlier aid.", "Germany's development ministry")]
    public void An_institution_keeps_its_country_s_possessive(string sentence, string speaker)
        => Assert.Equal(speaker, Assert.Single(QuoteFinder.Find("Vote\n\n" + sentence)).Speaker);

    [Fact]
    public void The_first_surname_of_a_name_with_two_given_names_is_the_person()
    {
        const string text = "Plebiscite\n\nMaría Noel Arrarte Sosa, an economist at the university, said the result removed uncertainty. "
            + "\u201cWhoever wins will have to reform the system again,\u201d Arrarte said.";

        Assert.Equal("María Noel Arrarte Sosa", Quote(text, "Whoever wins").Speaker);
    }

    [Fact]
    public void An_organisation_described_by_an_apposition_holding_a_list_speaks()
    {
        const string text = "Fund\n\nThe Coastal Justice Network, a coalition of campaign groups from Africa, Asia and Latin America, said the pledges "
            + "risked turning the fund into \u201ca collection box at a fire\u201d.";

        Assert.Equal("Coastal Justice Network", Quote(text, "a collection").Speaker);
    }

    [Fact]
    public void Figures_released_by_a_body_the_entity_layer_missed_are_the_body_s()
    {
        const string text = "Fund\n\nNorway pledged 25 million dollars, according to figures released by the Cop29 Presidency.";

        Assert.Equal("Cop29 Presidency", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }

    [Fact]
    public void A_verb_of_saying_after_but_is_the_speaker_s_second_when_the_report_is_about_a_thing()
    {
        const string text = "Trust vote\n\nAnita Sharma Koirala, who teaches at the university, said the deal gave the country a secure government "
            + "but warned that \u201ca large majority is not a stable one\u201d.";

        Assert.Equal("Anita Sharma Koirala", Quote(text, "a large majority").Speaker);
    }

    [Theory]
    [InlineData("Ms.", "W.A. Chamari Gunasekera")]
    [InlineData("Mr.", "K.D. Lakshman Gunasekera")]
    public void Initials_before_the_given_name_are_passed_over_to_tell_the_sharers_apart(string honorific, string name)
    {
        var text = "Count\n\nW.A. Chamari Gunasekera, a party organiser, spoke first. K.D. Lakshman Gunasekera, of the opposition, spoke next.\n\n"
            + $"{honorific} Gunasekera said the count had been fair.";

        Assert.Equal(name, EntityFinder.Find(text).Last(m => m.Span.Of(text) == "Gunasekera").Canonical);
    }

    [Fact]
    public void A_title_before_a_shared_surname_picks_the_sharer_introduced_with_its_role()
    {
        const string text = "Count\n\nIn Tullamore the vote split one family. Aoife Brennock, a Labour councillor, canvassed for a Yes vote; "
            + "her brother, Cathal Brennock, who farms outside the town, put a No poster on his gate.\n\n"
            + "\u201cWe ate at the same table and read different leaflets,\u201d Cllr Brennock said.";

        Assert.Equal("Aoife Brennock", Quote(text, "We ate").Speaker);
    }

    [Fact]
    public void A_preposition_before_an_institution_s_owner_is_no_part_of_its_name()
    {
        const string text = "Quake\n\nThe hardest-hit villages were Tonban and Gavarzin, according to figures from Iran's Red Crescent relief agency.";

        Assert.Equal("Iran's Red Crescent relief agency", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }
}
