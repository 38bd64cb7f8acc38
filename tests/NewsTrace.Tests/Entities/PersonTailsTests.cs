using NewsTrace.Entities;
using NewsTrace.Entities.Tagging;
using NewsTrace.Text;

namespace NewsTrace.Tests.Entities;

public sealed class PersonTailsTests
{
    [Theory]
    [InlineData("In Pyongyang the visiting minister was received by Kim Jong Un on a rainy afternoon.", "Kim Jong Un")]
    [InlineData("The envoy met South Korean President Moon Jae In to discuss the talks.", "Moon Jae In")]
    public void A_short_last_part_after_a_two_word_name_belongs_to_it(string text, string name)
    {
        var people = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Person).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains(name, people);
    }

    [Theory]
    [InlineData("Talks with Ilsa Varga Monday went well.")]
    [InlineData("Talks with Ilsa Varga Will go on, and they will.")]
    [InlineData("Talks with Ilsa Varga Tomas Kell went well.")]
    [InlineData("Talks with Ilsa Varga Norway went well.")]
    public void A_date_word_a_common_word_a_known_name_or_the_start_of_another_name_is_not_taken(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentenceStarts = new bool[tokens.Length];
        sentenceStarts[0] = true;
        var first = tokens.IndexOf(tokens.First(token => token.Start == text.IndexOf("Ilsa", StringComparison.Ordinal)));
        var merged = new List<NameCandidate> { new(first, first + 1, EntityTypes.Person, null, NameEvidence.Strong) };
        var owner = Enumerable.Repeat(-1, tokens.Length).ToArray();
        owner[first] = owner[first + 1] = 0;

        PersonTails.Extend(text, tokens, sentenceStarts, merged, owner, DocumentWords.LowerCase(text, tokens));

        Assert.Equal(first + 1, merged[0].LastToken);
    }

    [Fact]
    public void A_free_capitalised_word_closing_the_name_is_taken()
    {
        const string text = "Talks with Kim Jong Un went well.";
        var tokens = Tokenizer.Tokenize(text);
        var sentenceStarts = new bool[tokens.Length];
        sentenceStarts[0] = true;
        var merged = new List<NameCandidate> { new(2, 3, EntityTypes.Person, null, NameEvidence.Strong) };
        var owner = Enumerable.Repeat(-1, tokens.Length).ToArray();
        owner[2] = owner[3] = 0;

        PersonTails.Extend(text, tokens, sentenceStarts, merged, owner, DocumentWords.LowerCase(text, tokens));

        Assert.Equal(4, merged[0].LastToken);
        Assert.Equal(0, owner[4]);
    }

    [Theory]
    [InlineData("Aung San Suu Kyi met diplomats in Rangoon on Friday .", "Aung San Suu Kyi")]
    [InlineData("Joining him at the news conference was Assistant Sheriff Doyle Campbell .", "Doyle Campbell")]
    [InlineData("The building had stood empty for years , City Clerk Janet Bowers told reporters .", "Janet Bowers")]
    [InlineData("City Manager Lorraine Tate said the budget was balanced .", "Lorraine Tate")]
    public void A_person_is_found_whole_past_where_the_tagger_stopped(string text, string person)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == person && m.Type == EntityTypes.Person);

    [Fact]
    public void Two_words_are_not_taken_when_a_third_capitalised_word_follows()
    {
        const string Text = "Talks between Aung San Suu Kyi Rangoon Liaison officials stalled .";

        Assert.DoesNotContain(EntityFinder.Find(Text), m => m.Span.Of(Text) == "Aung San Suu Kyi");
    }
}
