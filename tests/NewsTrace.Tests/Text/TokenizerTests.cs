using NewsTrace.Text;

namespace NewsTrace.Tests.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void Empty_and_blank_text_have_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \t\r\n\u00A0\u200B\uFEFF\u2029 "));
    }

    [Fact]
    public void Invisible_characters_separate_tokens_and_are_never_part_of_one()
    {
        const string text = "\uFEFFPutin\u200Bmet\u2060Kim";
        Assert.Equal(["Putin", "met", "Kim"], Texts(text));
    }

    [Fact]
    public void Soft_hyphens_and_joiners_inside_a_word_keep_it_whole()
    {
        const string text = "Ministe\u00ADrium \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 end\u200D";
        Assert.Equal(["Ministe\u00ADrium", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "end"], Texts(text));
    }

    [Fact]
    public void Decomposed_accents_stay_inside_their_word()
    {
        const string text = "Ze\u0301lensky\u0301 said";
        Assert.Equal(["Ze\u0301lensky\u0301", "said"], Texts(text));
    }

    [Fact]
    public void Letters_outside_the_basic_plane_are_word_characters()
    {
        // U+20BB7 (a CJK ideograph written as a surrogate pair) between ASCII letters.
        const string text = "ab\uD842\uDFB7cd x";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(2, tokens.Length);
        Assert.Equal(new Token(0, 6, TokenKind.Word), tokens[0]);
    }

    [Fact]
    public void Lone_surrogates_become_one_character_symbols()
    {
        const string text = "a\uD800b \uDC00";
        Assert.Equal(
            [new Token(0, 1, TokenKind.Word), new Token(1, 2, TokenKind.Symbol), new Token(2, 3, TokenKind.Word), new Token(4, 5, TokenKind.Symbol)],
            Tokenizer.Tokenize(text).ToArray());
    }

    [Fact]
    public void Apostrophes_inside_words_are_not_quote_marks_but_around_phrases_they_are()
    {
        const string text = "'O'Brien's plan' ‘won’t’";
        var kinds = Tokenizer.Tokenize(text).Select(t => (text[t.Start..t.End], t.Kind));
        Assert.Equal(
            [("'", TokenKind.QuoteMark), ("O'Brien", TokenKind.Word), ("'s", TokenKind.Word), ("plan", TokenKind.Word), ("'", TokenKind.QuoteMark),
             ("‘", TokenKind.QuoteMark), ("won’t", TokenKind.Word), ("’", TokenKind.QuoteMark)],
            kinds);
    }

    [Fact]
    public void A_word_run_of_any_length_is_one_token()
    {
        var text = new string('a', 100_000) + " " + new string('.', 50_000);
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal([new Token(0, 100_000, TokenKind.Word), new Token(100_001, 150_001, TokenKind.Punctuation)], tokens.ToArray());
    }

    [Fact]
    public void Offsets_are_relative_to_the_whole_text_when_resuming()
    {
        const string text = "Lavrov's visit";
        var buffer = new Token[1];
        var written = Tokenizer.Tokenize(text, buffer, out var consumed);
        Assert.Equal(1, written);
        Assert.Equal(6, consumed);
        written = Tokenizer.Tokenize(text, consumed, buffer, out consumed);
        Assert.Equal(1, written);
        Assert.Equal(new Token(6, 8, TokenKind.Word), buffer[0]);
    }

    [Fact]
    public void The_enumerator_allocates_nothing()
    {
        var text = string.Concat(Enumerable.Repeat("U.S. officials said on Sept. 13 that “1,000 troops” arrived at https://example.com/x. ", 200));
        var warmUp = Count(text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = Count(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(warmUp, count);
        Assert.Equal(0, allocated);
    }

    private static int Count(string text)
    {
        var count = 0;
        foreach (var token in Tokenizer.Enumerate(text))
        {
            count += token.Length > 0 ? 1 : 0;
        }

        return count;
    }

    private static List<string> Texts(string text) => [.. Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End])];
}
