using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class TitlesBeforeNamesTests
{
    [Theory]
    [InlineData("Bank governor Dato Nik Mohamed Affandi said rates would stay where they were .", "Nik Mohamed Affandi")]
    [InlineData("President-elect Petar Stoyanov , who takes office next week , urged the crowds to stay calm .", "Petar Stoyanov")]
    [InlineData("Scrum-half Bobbie Goulding kicked nine goals in the first half .", "Bobbie Goulding")]
    [InlineData("Left-arm seamer Chaminda Vaas was named on Monday in a squad of 15 .", "Chaminda Vaas")]
    [InlineData("The opposition leader was in Karachi . Miss Bhutto said the vote would be rigged .", "Bhutto")]
    [InlineData("Majority Whip Dale Trask counted the votes on Monday.", "Dale Trask")]
    [InlineData("Councillor Ada Brennan has led the protests.", "Ada Brennan")]
    [InlineData("Brooklyn Councilman Jumaane Wallace joined the march.", "Jumaane Wallace")]
    [InlineData("The witness, Deputy Assistant Secretary of State Marla Stennett, told the panel it was ready.", "Marla Stennett")]
    [InlineData("The witness, Assistant Secretary of State Marla Stennett, told the panel it was ready.", "Marla Stennett")]
    [InlineData("Principal Deputy Under Secretary Omar Kessling signed the order.", "Omar Kessling")]
    [InlineData("Rookie Tamarcus Delhomme scored 21 points as Vancouver lost again .", "Tamarcus Delhomme")]
    [InlineData("Debutant Carel Mostert took six wickets for 41 runs on the final day .", "Carel Mostert")]
    [InlineData("Paceman Dwayne Ollivierre bowled unchanged through the morning session .", "Dwayne Ollivierre")]
    [InlineData("Presidents Kwame Obuya and Benjamin Mkapa met in Arusha on Saturday .", "Kwame Obuya")]
    public void A_title_or_role_before_a_name_is_not_part_of_it(string text, string person)
    {
        var mentions = EntityFinder.Find(text);

        var found = Assert.Single(mentions, m => m.Span.Of(text).Contains(person.Split(' ')[^1], StringComparison.Ordinal));
        Assert.Equal(person, found.Span.Of(text));
        Assert.Equal(EntityTypes.Person, found.Type);
    }

    [Fact]
    public void A_demonym_noun_before_a_name_is_a_nationality()
    {
        const string text = "Scot Colin Montgomerie shot a 65 to lead by two strokes .";

        var mentions = EntityFinder.Find(text);

        Assert.Equal(EntityTypes.Person, Assert.Single(mentions, m => m.Span.Of(text) == "Colin Montgomerie").Type);
        Assert.Equal(EntityTypes.Nationality, Assert.Single(mentions, m => m.Span.Of(text) == "Scot").Type);
    }

    [Fact]
    public void A_role_word_that_is_also_a_name_head_stays_in_the_name()
    {
        const string text = "She chairs the Australian Centre for Control of Iodine Deficiency Disorders in Adelaide .";

        var centre = Assert.Single(EntityFinder.Find(text), m => m.Span.Of(text).Contains("Centre", StringComparison.Ordinal));

        Assert.Equal(EntityTypes.Organization, centre.Type);
        Assert.StartsWith("Australian Centre for Control", centre.Span.Of(text), StringComparison.Ordinal);
    }

    [Fact]
    public void The_stays_in_a_place_whose_other_word_is_no_name_alone()
    {
        const string text = "The suspects were flown to The Hague , a city in the Netherlands , on Monday .";

        var mentions = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains("The Hague", mentions);
        Assert.Contains("Netherlands", mentions);
    }

    [Theory]
    [InlineData("The witness, Deputy Assistant Secretary of State Marla Stennett, told the panel it was ready.")]
    [InlineData("Secretary of State Marla Stennett told the panel it was ready.")]
    public void Secretary_of_state_names_no_place_and_no_person_besides_the_holder(string text)
        => Assert.Equal(["Marla Stennett"], EntityFinder.Find(text).Select(m => m.Span.Of(text)));

    [Fact]
    public void Former_opening_a_sentence_is_no_part_of_the_name_after_it()
    {
        const string text = "BELFAST 1996-09-09\nFormer U.S. Senator Ned Halloran , who chairs the talks , urged the parties to agree an agenda .";

        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == "U.S." && m.Type == EntityTypes.Geopolitical);
        Assert.DoesNotContain(mentions, m => m.Span.Of(text).StartsWith("Former", StringComparison.Ordinal));
    }
}
