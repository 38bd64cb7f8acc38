using NewsTrace.Entities;
using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Attribution patterns met in held-out set 24 (hearings, strikes, confidence votes), in sentences written for these tests.</summary>
public sealed class TwentyFourthHeldOutAttributionTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Theory]
    [InlineData("the 61-year-old senator from Sonora")]
    [InlineData("the senator from Sonora")]
    public void A_definite_description_with_a_home_place_takes_up_the_person_named_before(string description)
    {
        var text = "Senator Araceli Quintanar Robles said the reform would hurt rural courts.\n\n"
            + $"\u201cNobody in my state voted for this,\u201d {description} said.";

        Assert.Equal("Araceli Quintanar Robles", Quote(text, "Nobody in").Speaker);
    }

    [Fact]
    public void An_indefinite_description_with_a_home_place_is_someone_new()
    {
        const string text = "Senator Araceli Quintanar Robles said the reform would hurt rural courts.\n\n"
            + "\u201cWe will vote for it,\u201d a senator from Chihuahua said.";

        Assert.Equal("senator from Chihuahua", Quote(text, "We will vote").Speaker);
    }

    [Fact]
    public void The_first_of_two_surnames_names_the_person()
    {
        const string text = "Union leader Rocío Barrientos Lugo said the strike would go on.\n\n\u201cGo to the courts,\u201d Barrientos said.";

        Assert.Equal("Rocío Barrientos Lugo", Quote(text, "Go to the").Speaker);
    }

    [Fact]
    public void A_second_given_name_alone_is_not_the_person()
    {
        const string text = "Sarah Jessica Tolland chaired the meeting. Later Jessica arrived with the papers.";

        var jessica = EntityFinder.Find(text).Where(m => m.Span.Of(text) == "Jessica");
        Assert.All(jessica, m => Assert.NotEqual("Sarah Jessica Tolland", m.Canonical));
    }

    [Theory]
    [InlineData("Legislator Lin Wen-hao said the agency had acted within the law.", "Lin Wen-hao")]
    [InlineData("Democratic Progressive Party (DPP) Legislator Hsu Wen-hao said the agency had acted.", "Hsu Wen-hao")]
    public void A_legislator_is_a_title_before_the_name(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Person && m.Span.Of(text) == name);

    [Theory]
    [InlineData("The Legislative Yuan passed the bill on Tuesday.", "Legislative Yuan")]
    [InlineData("The Control Yuan opened an inquiry.", "Control Yuan")]
    public void Taiwan_s_branches_of_government_are_bodies(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Organization && m.Span.Of(text) == name);

    [Fact]
    public void A_navy_s_ship_prefix_and_name_are_no_body_or_person()
    {
        const string text = "When INS Mysore intervened , the pirates fled . Later INS Mysore escorted the vessel to safety .";

        Assert.Empty(EntityFinder.Find(text));
    }

    [Theory]
    [InlineData("\u201cThe clerks will pay,\u201d said Rocío Barrientos Lugo, the union\u2019s secretary general, at a rally.", "Rocío Barrientos Lugo")]
    [InlineData("\u201cWe will strike,\u201d said Xóchitl Barrientos.", "Xóchitl Barrientos")]
    [InlineData("Rocío Barrientos Lugo, the union\u2019s secretary general, spoke first. \u201cNo,\u201d Barrientos said.", "Rocío Barrientos Lugo")]
    public void Unknown_given_names_still_make_a_speaker_named_after_the_cue_or_by_surname(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Person && m.Span.Of(text) == name);

    [Fact]
    public void A_body_s_acronym_after_the_cue_is_no_person()
    {
        const string text = "\u201cTraffic will return to normal,\u201d said MWEB Operations.";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Type == EntityTypes.Person);
    }

    [Fact]
    public void A_party_s_acronym_in_brackets_inside_the_title_after_the_cue_is_passed_over()
    {
        const string text = "\u201cI bought those eggs every week,\u201d said New Power Party (NPP) Legislator Lo Mei-hua, who held up a carton.";

        Assert.Equal("Lo Mei-hua", Quote(text, "I bought").Speaker);
    }

    [Theory]
    [InlineData("The committee\u2019s chairperson, the ANC\u2019s Thandiwe Mokoena, said the department would be called back.", "Thandiwe Mokoena")]
    [InlineData("The panel\u2019s leader, Germany\u2019s Anna Vogtland, said the talks were over.", "Anna Vogtland")]
    public void A_person_named_in_apposition_after_a_possessive_is_the_speaker(string text, string speaker)
        => Assert.Equal(speaker, QuoteFinder.Find(text).Single().Speaker);

    [Fact]
    public void A_middle_word_the_document_writes_in_lower_case_is_no_surname_to_find_alone()
    {
        const string text = "Most iodine comes from milk.\nProfessor Ann Cole, Director of the National Iodine Nutrition study, spoke.\nWHO say Iodine deficiency is common.";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == "Iodine");
    }
}
