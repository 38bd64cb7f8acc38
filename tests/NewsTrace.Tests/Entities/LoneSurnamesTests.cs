using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class LoneSurnamesTests
{
    [Theory]
    [InlineData("Later Varkonyi told reporters he would stay.", "Varkonyi")]
    [InlineData("Tasbergen resigned on Friday after the vote.", "Tasbergen")]
    [InlineData("The prime minister met Osterlund in Bonn on Monday.", "Osterlund")]
    public void A_lone_word_before_a_verb_only_people_do_is_a_person(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type == EntityTypes.Person);
    }

    [Theory]
    [InlineData("Residents told reporters the water had risen.", "Residents")]
    [InlineData("Chief executive Heinrich von Pierer told reporters the business had turned.", "Pierer")]
    [InlineData("The board met on Monday. Board members said little.", "Board")]
    public void Group_nouns_parts_of_names_and_words_written_in_lower_case_are_not(string text, string word)
    {
        var mentions = EntityFinder.Find(text);

        Assert.DoesNotContain(mentions, m => m.Span.Of(text) == word);
    }

    [Theory]
    [InlineData("Undersecretary said the plan was good.", "Undersecretary")]
    [InlineData("Undersecretary for Schools Mr. Tavolieri spoke on Monday.", "Schools")]
    [InlineData("Chancellor said no to the plan.", "Chancellor")]
    public void A_title_alone_or_its_portfolio_is_no_name(string text, string word)
    {
        var mentions = EntityFinder.Find(text);

        Assert.DoesNotContain(mentions, m => m.Span.Of(text) == word);
    }

    [Fact]
    public void A_title_word_that_is_the_surname_of_a_person_named_in_full_stays()
    {
        const string text = "John Major spoke first. Major said the vote would be close.";

        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == "Major" && m.Type == EntityTypes.Person);
    }

    [Theory]
    [InlineData("Space agency chief Marta Quellbrook named four sites on Tuesday. Many felt Tulsa deserved one, and even Administrator Quellbrook agreed.")]
    [InlineData("Marta Quellbrook chaired the panel. Later Chairwoman Quellbrook closed the hearing.")]
    public void A_known_surname_after_a_capitalised_title_is_the_person(string text)
    {
        var people = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Person).Select(m => m.Span.Of(text)).ToList();

        Assert.Equal(["Marta Quellbrook", "Quellbrook"], people);
    }

    [Fact]
    public void A_lone_word_a_who_clause_follows_is_a_person()
    {
        const string text = "The delegates cheered. Thornquist, who endorsed her in May, was more generous.";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "Thornquist" && m.Type == EntityTypes.Person);
    }

    [Theory]
    [InlineData("Last night the Avalanche, who lost twice at home, won in overtime.", "Avalanche")]
    [InlineData("The panel heard Ann Galt, PhD, who studies the river.", "PhD")]
    public void A_team_after_the_article_or_a_degree_after_a_comma_is_not(string text, string word)
        => Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == word && m.Type == EntityTypes.Person);
}
