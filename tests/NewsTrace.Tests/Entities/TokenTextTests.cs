using System.Collections.Frozen;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Tests.Entities;

public sealed class TokenTextTests
{
    private static readonly FrozenSet<string> Heads = FrozenSet.ToFrozenSet(["ministry", new string('x', 80)], StringComparer.Ordinal);

    [Theory]
    [InlineData("the Ministry said", 1, true)]
    [InlineData("the MINISTRY said", 1, true)]
    [InlineData("the Minister said", 1, false)]
    public void A_token_is_looked_up_lower_cased(string text, int token, bool expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(expected, TokenText.LowerIn(Heads, text, tokens[token]));
        const string lowerCase = "a ministry";
        Assert.Equal(expected, TokenText.LowerIn(new LowerCaseWordSet(lowerCase, Tokenizer.Tokenize(lowerCase)), text, tokens[token]));
    }

    [Fact]
    public void A_word_longer_than_the_stack_buffer_is_still_found()
    {
        var text = "the " + new string('X', 80) + " said";
        var tokens = Tokenizer.Tokenize(text);

        Assert.True(TokenText.LowerIn(Heads, text, tokens[1]));
    }

    [Fact]
    public void Joined_words_keep_single_spaces_and_straight_apostrophes()
    {
        const string text = "Lloyd’s of London";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal("Lloyd's of London", TokenText.Join(text, tokens, 0, tokens.Length - 1));
    }
}
