using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Pronouns, descriptions and titled names resolved to the person they name (cases found by `eval speakers` on GUM, rewritten).</summary>
public sealed class SpeakerCoreferenceTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Fact]
    public void He_does_not_take_up_a_woman_known_by_her_first_name()
    {
        const string text = "Helen Marsh grew weaker through the winter, and the doctors were not called.\n\n"
                            + "Neighbours say Robert Marsh's sister begged him to take Helen to a hospital, but he answered “I will not do that”.";

        var quote = WithText(text, "I will not do that");

        Assert.Equal("Robert Marsh", quote.Speaker);
    }

    [Fact]
    public void She_does_not_take_up_a_man_known_by_his_first_name()
    {
        const string text = "Last spring a fan walked up to Daniel Kress at the gate of the stadium.\n\nWith tears in her eyes she said, “You made my whole year.”";

        var quote = WithText(text, "You made my whole year.");

        Assert.NotEqual("Daniel Kress", quote.Speaker);
    }

    [Fact]
    public void One_poster_is_someone_new_not_the_last_person_named()
    {
        const string text = "A video of the actor Rowan Vale spread across the forum on Monday.\n\n"
                            + "Regulars were angry about the takedown, with one poster writing “How can anyone defend this?”";

        var quote = WithText(text, "How can anyone defend this?");

        Assert.NotEqual("Rowan Vale", quote.Speaker);
    }

    [Fact]
    public void A_name_in_apposition_with_a_place_after_it_is_the_speaker()
    {
        const string text = "Ines Carver, curator of prints at the State University, Dorvan, said, “These photographs record his daily life.”";

        var quote = WithText(text, "These photographs record his daily life.");

        Assert.Equal("Ines Carver", quote.Speaker);
    }

    [Theory]
    [InlineData("The museum drew 9,000 visitors when it showed the prints in 2012, according to curator Ilse Moran.", "Ilse Moran")]
    [InlineData("After the leak, chief executive of the Refugee Forum Enver Salim told reporters any change “must be well planned”.", "Enver Salim")]
    [InlineData("Undersecretary for Schools Mr. Tavolieri says “many schools will raise their fees.”", "Tavolieri")]
    [InlineData("Senior researcher Qiu Lan, of the state medical school, said “the risk is real for every mother.”", "Qiu Lan")]
    public void Role_words_before_a_name_are_not_part_of_the_speaker_s_name(string text, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Tomas Reile, adviser to the prime minister, said the budget was late.")]
    [InlineData("Tomas Reile, a spokesman for the prime minister, said the budget was late.")]
    [InlineData("The prime minister's chief of staff, Tomas Reile, said the budget was late.")]
    public void A_role_the_person_serves_is_not_the_person_s_own(string lead)
    {
        var text = lead + "\n\nLater that day the prime minister said “nothing is decided yet.”";

        var quote = WithText(text, "nothing is decided yet.");

        Assert.NotEqual("Tomas Reile", quote.Speaker);
    }

    [Fact]
    public void A_role_with_its_own_article_after_the_name_is_still_the_person_s()
    {
        const string text = "Anna Vesk, the prime minister, met the unions on Monday.\n\nLater that day the prime minister said “nothing is decided yet.”";

        var quote = WithText(text, "nothing is decided yet.");

        Assert.Equal("Anna Vesk", quote.Speaker);
    }

    [Theory]
    [InlineData("Sen. Mara Lindqvist", "The senator", "Mara Lindqvist")]
    [InlineData("Gov. Mara Lindqvist", "The governor", "Mara Lindqvist")]
    [InlineData("Rep. Mara Lindqvist", "The congresswoman", "Mara Lindqvist")]
    public void A_role_written_as_an_abbreviated_title_is_the_person_s(string titled, string description, string person)
    {
        var text = $"{titled} leads in the polls.\n\nHer rival's campaign manager, Ivo Brandt, said in a statement that the race was close.\n\n"
                   + $"{description}, campaigning in the north, told reporters that she had never missed a vote.";

        Assert.Equal(person, WithText(text, "she had never missed a vote").Speaker);
    }

    [Fact]
    public void A_capitalised_title_after_the_takes_up_the_person_it_titles()
    {
        const string text = "Prime Minister Joanne Kerrigan reshuffled her cabinet on Monday. Treasurer Paul Brandt kept his job.\n\n"
                            + "Asked whether she still had confidence in the Treasurer, the Prime Minister said: “Complete confidence. Next question.”";

        Assert.Equal("Joanne Kerrigan", WithText(text, "Complete confidence. Next question.").Speaker);
    }

    [Fact]
    public void A_name_in_apposition_before_the_second_half_of_a_split_quote_is_the_speaker()
    {
        const string text = "Joost Verhaegen, the Dutch foreign minister, spoke first.\n\n"
                            + "“The crossings were taken by force,” said Portugal's foreign minister, Ines Carvalhal, “and they must be returned.”";

        Assert.Equal("Ines Carvalhal", WithText(text, "The crossings were taken by force,").Speaker);
        Assert.Equal("Ines Carvalhal", WithText(text, "and they must be returned.").Speaker);
    }

    [Fact]
    public void A_quote_written_one_sentence_a_line_runs_over_its_line_breaks()
    {
        const string text = "Professor Ilse Moran studies salt.\n“Thyroid trouble depends on when the lack begins.\nSo a child who lacks it early may lose a lot,” Professor Moran said.\nThe report was published on Monday.";

        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal("Thyroid trouble depends on when the lack begins.\nSo a child who lacks it early may lose a lot,", quote.Span.Of(text));
        Assert.Equal("Ilse Moran", quote.Speaker);
    }

    [Fact]
    public void A_quote_left_open_before_a_blank_line_does_not_run_into_the_next_paragraph_s_quote()
    {
        const string text = "Ilse Moran said: “The lack begins early.\n\nThe board called it “a scare” on Monday.";

        var quotes = QuoteFinder.Find(text);

        Assert.DoesNotContain(quotes, quote => quote.Span.Of(text).Contains("board", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_paragraph_with_no_cue_after_an_attributed_quote_paragraph_is_the_same_speaker_s()
    {
        const string text = "“Salt is the cheapest fix we have,” Professor Ilse Moran said.\n\n“Every bakery could switch by spring.”\n\nThe ministry did not comment.";

        var quote = WithText(text, "Every bakery could switch by spring.");

        Assert.Equal("Ilse Moran", quote.Speaker);
    }

    [Fact]
    public void A_quote_paragraph_after_a_paragraph_without_quotes_is_not_given_an_earlier_speaker()
    {
        const string text = "“Salt is the cheapest fix we have,” Professor Ilse Moran said.\n\nBakers disagree about the cost.\n\n“Every bakery could switch by spring.”";

        var quote = WithText(text, "Every bakery could switch by spring.");

        Assert.Null(quote.Speaker);
    }

    [Theory]
    [InlineData("The girl cried for months and, in the words of the Crown prosecutor, Mark Tedeschi, QC, “she found comfort in nothing.”", "she found comfort in nothing.", "Mark Tedeschi")]
    [InlineData("There is a fine line attributed to Albert Einstein — “If we knew what we were doing, it would not be research.”", "If we knew what we were doing, it would not be research.", "Albert Einstein")]
    [InlineData("Other sites kept the clip online.\n“So far the score is one all. But it is a long game.” - Tomas Vale\nTomas Vale writes a blog.", "So far the score is one all. But it is a long game.", "Tomas Vale")]
    public void A_source_phrase_before_or_a_dash_after_a_quote_names_its_speaker(string text, string inner, string speaker)
    {
        var quote = WithText(text, inner);

        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_role_in_the_plural_near_a_name_does_not_make_that_person_the_role()
    {
        const string text = "The church fought anonymous posters of the Rowan Vale video for weeks.\n\n"
                            + "The poster wrote that “a new obsession is taking hold online.”";

        var quote = WithText(text, "a new obsession is taking hold online.");

        Assert.NotEqual("Rowan Vale", quote.Speaker);
    }

    [Fact]
    public void She_prefers_a_woman_named_a_few_sentences_back_to_a_person_of_unknown_sex_named_since()
    {
        const string text = "Isabel Marsh founded the studio in 2009.\n\nHer first partners included Kit Arden, a friend from college.\n\n"
                            + "The studio grew quickly.\n\nYears later she said “we should have started sooner.”";

        var quote = WithText(text, "we should have started sooner.");

        Assert.Equal("Isabel Marsh", quote.Speaker);
    }

    [Fact]
    public void He_after_a_name_set_off_by_commas_in_his_own_sentence_is_that_person()
    {
        const string text = "Adviser James Lund favours a larger alliance.\n\nAnd the head of the alliance, Kit Arden, he has said “the door stays open.”";

        var quote = WithText(text, "the door stays open.");

        Assert.Equal("Kit Arden", quote.Speaker);
    }

    [Fact]
    public void A_second_verb_joined_by_and_after_a_quote_is_the_same_speaker_s()
    {
        const string text = "The Reform Party has backed the plan.\n\nShadow minister Ana Pell said her party had supported the idea “for months”, "
                            + "and said it was “damning that the ministry is not doing this already”.";

        var quote = WithText(text, "damning that the ministry is not doing this already");

        Assert.Equal("Ana Pell", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void The_source_as_written_is_the_name_in_apposition_when_an_auxiliary_follows_it()
    {
        const string text = "The cardinal, Nunzio Galli, has called the ruling “dangerous”.";

        var quote = WithText(text, "dangerous");

        Assert.Equal("Nunzio Galli", quote.Speaker);
        Assert.Equal("Nunzio Galli", quote.SpeakerSpan?.Of(text));
    }

    [Fact]
    public void A_titled_name_in_apposition_with_a_lower_case_modifier_speaks_after_an_auxiliary()
    {
        const string text = "A former aide testified that the map's chief architect, state Sen. Ivo Marlow, had told him, “Draw it so we never lose again.”";

        var quote = WithText(text, "Draw it so we never lose again.");

        Assert.Equal("Ivo Marlow", quote.Speaker);
    }

    [Fact]
    public void A_plural_description_is_a_group_not_the_last_person_named()
    {
        const string text = "Prosecutor Tom Mallory told the court the parents had ignored the doctors.\n\nThe parents said “we only wanted to help her.”";

        var quote = WithText(text, "we only wanted to help her.");

        Assert.NotEqual("Tom Mallory", quote.Speaker);
    }
}
