using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>
/// Attribution patterns of political wire copy (fixtures of our own): anonymous sources taken up again by a definite
/// description, pronouns that must agree in gender, a person's affiliation after "of", and "X called Y '...'".
/// </summary>
public sealed class PoliticalAttributionTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Fact]
    public void The_aide_is_the_anonymous_aide_introduced_before_not_the_last_person_named()
    {
        const string text = "Press secretary Lena Barros said the governor would sign the bill.\n\n"
            + "A senior legislative aide, who spoke on condition of anonymity, said the votes were not there yet. “We are three votes short,” the aide said.";

        var quote = WithText(text, "We are three votes short,");

        Assert.Equal("senior legislative aide", quote.Speaker);
    }

    [Fact]
    public void He_skips_a_person_the_text_calls_she()
    {
        const string text = "Tomas Harlow promised lower taxes at the rally.\n\n"
            + "Senator Ellen Marsh, who is seeking a fourth term, called the promise empty. In an interview, she said voters would see through it.\n\n"
            + "Harlow will face Marsh in a debate next month. Asked about a second debate, he said: “Any time, any place.”";

        var quote = WithText(text, "Any time, any place.");

        Assert.Equal("Tomas Harlow", quote.Speaker);
    }

    [Fact]
    public void A_person_of_an_institution_is_the_speaker_not_the_institution()
    {
        const string text = "Political analyst Hanna Lind of Vestmark University said the new leader faced a hard task.";

        var quote = Assert.Single(QuoteFinder.Find(text), q => q.Kind == QuoteKinds.Reported);

        Assert.Equal("Hanna Lind", quote.Speaker);
    }

    [Fact]
    public void The_subject_of_called_owns_the_fragment_it_calls_something()
    {
        const string text = "House Speaker Dennis Arbogast called the veto “a political stunt” and said lawmakers would return next month.";

        var quote = WithText(text, "a political stunt");

        // The entity layer may keep the title ("House Speaker ..."); the point here is who, not how the name is cut.
        Assert.EndsWith("Dennis Arbogast", quote.Speaker, StringComparison.Ordinal);
        Assert.Equal("called", quote.Cue);
    }

    [Fact]
    public void A_thing_called_by_a_name_in_quote_marks_is_not_speech()
    {
        const string text = "Dennis Arbogast joined a caucus called “New Dawn” last year.";

        var quote = WithText(text, "New Dawn");

        Assert.Null(quote.Cue);
    }

    [Fact]
    public void The_source_is_the_anonymous_source_even_when_a_person_is_named_in_its_sentence()
    {
        const string text = "A party source said Brask would name a new cabinet on Friday. "
            + "The source, who was not allowed to speak publicly, said the favourite was Anna Veld.";

        var quote = Assert.Single(QuoteFinder.Find(text), q => q.Span.Of(text).StartsWith("the favourite", StringComparison.Ordinal));

        Assert.Equal("party source", quote.Speaker);
    }

    [Fact]
    public void He_at_the_start_of_a_sentence_is_the_minister_who_was_the_subject_of_the_sentence_before()
    {
        const string text = "Defence Minister Karl Obst asked for more money.\n\n"
            + "Opposition lawmaker Sofia Wendt said the plan was reckless.\n\n"
            + "The minister, who took office last year, rejected the criticism. He said the cuts to aid were temporary.";

        var quote = Assert.Single(QuoteFinder.Find(text), q => q.Span.Of(text).StartsWith("the cuts", StringComparison.Ordinal));

        Assert.Equal("Karl Obst", quote.Speaker);
    }

    [Fact]
    public void A_headline_description_names_the_person_the_body_introduces_with_that_role()
    {
        const string text = "“I take the blame,” says transport minister as he resigns\n\n"
            + "LONDON — Transport Minister Ivo Brandl resigned on Thursday after a damning report.";

        var quote = WithText(text, "I take the blame,");

        Assert.Equal("Ivo Brandl", quote.Speaker);
    }

    [Fact]
    public void A_quote_paragraph_without_a_cue_belongs_to_the_subject_of_the_reporting_sentence_before_it()
    {
        const string text = "Party leader Tomas Brandl spoke for forty minutes.\n\n"
            + "He promised to put wages at the centre of the programme.\n\n"
            + "“For years we told working people to wait. No more waiting.\n\n“That is not a slogan. That is a plan.”";

        var quote = Assert.Single(QuoteFinder.Find(text), q => q.Span.Of(text).StartsWith("For years", StringComparison.Ordinal));

        Assert.Equal("Tomas Brandl", quote.Speaker);
        Assert.EndsWith("That is a plan.", quote.Span.Of(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Saying_after_a_comma_reports_the_words_of_the_main_clause_subject()
    {
        const string text = "DORVAN — Governor Ana Brisk on Friday vetoed the new district map, saying it split too many towns along party lines.";

        var quote = Assert.Single(QuoteFinder.Find(text), q => q.Kind == QuoteKinds.Reported);

        Assert.Equal("it split too many towns along party lines", quote.Span.Of(text));
        Assert.Equal("Ana Brisk", quote.Speaker);
        Assert.Equal("saying", quote.Cue);
    }

    [Fact]
    public void A_statement_saying_reports_the_words_of_whoever_released_it()
    {
        const string text = "The elections board released a statement saying the new ballots would be printed in March.";

        var quote = Assert.Single(QuoteFinder.Find(text), q => q.Kind == QuoteKinds.Reported);

        Assert.Equal("the new ballots would be printed in March", quote.Span.Of(text));
        Assert.Equal("elections board", quote.Speaker);
    }
}
