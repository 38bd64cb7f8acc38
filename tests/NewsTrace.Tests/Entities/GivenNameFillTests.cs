using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class GivenNameFillTests
{
    [Theory]
    [InlineData("\u201cI don\u2019t defend it, and I won\u2019t,\u201d Vance told CNN\u2019s Dana Thornsage on \u201cState of the Union.\u201d", "Dana Thornsage")]
    [InlineData("He met Thomas Enqvist in Stockholm on Sunday.", "Thomas Enqvist")]
    [InlineData("Pete Sampras beat Thomas Enqvist in the final on Sunday.", "Thomas Enqvist")]
    [InlineData("Her name is Gail Pfister. She retired in 2013.", "Gail Pfister")]
    [InlineData("The quarterback was Gus Frerotte, who threw for 300 yards.", "Gus Frerotte")]
    [InlineData("Welsh featherweight Gareth Rowlands kept his title on Saturday .", "Gareth Rowlands")]
    [InlineData("Chief of staff Erskine Bowles met the Speaker for two hours .", "Erskine Bowles")]
    [InlineData("Finland 's Jukka Tervonen won the sprint .", "Jukka Tervonen")]
    [InlineData("\"We exist,\" said Lyle Osterberg, 71, a dairy farmer from outside Fond du Lac.", "Lyle Osterberg")]
    [InlineData("Thomas Enqvist had saved two match points before the rain came .", "Thomas Enqvist")]
    public void A_known_given_name_and_a_capitalised_word_the_tagger_passed_over_are_a_person(string text, string name)
    {
        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == name);

        Assert.NotNull(found);
        Assert.Equal(EntityTypes.Person, found.Type);
    }

    [Theory]
    [InlineData("Chantelle Vauquelin of Rimouski was due to fly home on Sunday night.\n\n\u201cWe were at the gate,\u201d Vauquelin said.", "Chantelle Vauquelin")]
    [InlineData("Odalric Pennefeather of Dunmore had waited two days.\n\nHe was tired, and Pennefeather said so.", "Odalric Pennefeather")]
    public void Two_unknown_words_whose_second_speaks_alone_elsewhere_are_a_person(string text, string name)
    {
        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == name);

        Assert.NotNull(found);
        Assert.Equal(EntityTypes.Person, found.Type);
    }

    [Theory]
    [InlineData("Democrats have the votes to block nominee Evander Tillinghast from clearing a hurdle .", "Evander Tillinghast")]
    [InlineData("The party chose challenger Orvel Quintrell to face the governor .", "Orvel Quintrell")]
    public void Two_capitalised_words_after_a_lower_case_role_are_the_person_it_introduces(string text, string name)
    {
        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == name);

        Assert.NotNull(found);
        Assert.Equal(EntityTypes.Person, found.Type);
    }

    [Theory]
    [InlineData("The car carried opposition leader Aung San Suu Kyi on Saturday .", "Aung San Suu Kyi")]
    [InlineData("The talks were chaired by leader Tenzin Dawa Lhamo last week .", "Tenzin Dawa Lhamo")]
    public void Three_or_four_unknown_capitalised_words_after_a_lower_case_role_are_the_person(string text, string name)
    {
        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == name);

        Assert.NotNull(found);
        Assert.Equal(EntityTypes.Person, found.Type);
    }

    [Fact]
    public void A_headline_gives_a_long_name_by_its_last_two_words()
    {
        const string text = "BURMA - CROWD ATTACKS SUU KYI 'S CAR\nRANGOON 1996-11-10\nA crowd attacked a car carrying opposition leader Aung San Suu Kyi on Saturday .";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "SUU KYI" && m.Type == EntityTypes.Person);
    }

    [Fact]
    public void An_award_after_a_given_name_is_no_person()
    {
        const string text = "He emceed the 58th annual Tony Awards in 2004 .";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == "Tony Awards" && m.Type == EntityTypes.Person);
    }

    [Theory]
    [InlineData("Marceau also spoke to the broadcaster's Information Morning on Friday.", "Information Morning")]
    [InlineData("She told Harbour Tonight the pumps had failed.", "Harbour Tonight")]
    public void A_programme_s_name_is_no_person(string text, string programme)
    {
        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == programme && m.Type == EntityTypes.Person);
    }

    [Fact]
    public void A_quarterback_s_pass_is_no_place()
    {
        const string text = "Ratliff intercepted a David Garrard pass and ran it back .";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == "David Garrard" && m.Type != EntityTypes.Person);
    }

    [Fact]
    public void An_initial_in_tokenised_text_is_no_surname()
    {
        const string text = "Judge Jack B . Weinstein sentenced him . F . B . I . agents watched the house .";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == "B");
    }
}
