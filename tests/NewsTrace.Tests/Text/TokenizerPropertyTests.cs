using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsTrace.Text;

namespace NewsTrace.Tests.Text;

public sealed class TokenizerPropertyTests
{
    [Property(MaxTest = 300)]
    public Property Tokens_are_ordered_non_empty_in_bounds_and_never_split_a_surrogate_pair()
        => Prop.ForAll(TextGenerators.NewsLikeText(), text =>
        {
            var previousEnd = 0;
            foreach (var token in Tokenizer.Tokenize(text))
            {
                if (token.Start < previousEnd || token.End <= token.Start || token.End > text.Length)
                {
                    return false;
                }

                if (SplitsSurrogatePair(text, token.Start) || SplitsSurrogatePair(text, token.End))
                {
                    return false;
                }

                previousEnd = token.End;
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property Tokens_hold_no_whitespace_and_every_visible_character_is_in_a_token()
        => Prop.ForAll(TextGenerators.NewsLikeText(), text =>
        {
            var covered = new bool[text.Length];
            foreach (var token in Tokenizer.Tokenize(text))
            {
                for (var i = token.Start; i < token.End; i++)
                {
                    if (char.IsWhiteSpace(text[i]))
                    {
                        return false;
                    }

                    covered[i] = true;
                }
            }

            for (var i = 0; i < text.Length; i++)
            {
                if (!covered[i] && !IsInvisible(text[i]))
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 200)]
    public Property Every_entry_point_gives_the_same_tokens()
        => Prop.ForAll(TextGenerators.NewsLikeText(), Gen.Choose(1, 7).ToArbitrary(), (text, chunk) =>
        {
            var expected = Tokenizer.Tokenize(text);

            var enumerated = new List<Token>();
            foreach (var token in Tokenizer.Enumerate(text))
            {
                enumerated.Add(token);
            }

            var appended = new List<Token>();
            Tokenizer.Tokenize(text, appended);

            // Resuming with a small destination must give exactly the tokens of one pass.
            var chunked = new List<Token>();
            var buffer = new Token[chunk];
            var position = 0;
            while (true)
            {
                var written = Tokenizer.Tokenize(text, position, buffer, out position);
                chunked.AddRange(buffer.AsSpan(0, written));
                if (written < buffer.Length)
                {
                    break;
                }
            }

            return expected.SequenceEqual(enumerated) && expected.SequenceEqual(appended) && expected.SequenceEqual(chunked);
        });

    [Property(MaxTest = 100)]
    public bool Never_throws_on_arbitrary_strings(string? text)
    {
        var count = 0;
        foreach (var token in Tokenizer.Enumerate(text ?? ""))
        {
            count += token.Length > 0 ? 1 : 0;
        }

        return count >= 0;
    }

    private static bool SplitsSurrogatePair(string text, int boundary)
        => boundary > 0 && boundary < text.Length && char.IsHighSurrogate(text[boundary - 1]) && char.IsLowSurrogate(text[boundary]);

    private static bool IsInvisible(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return char.IsWhiteSpace(c) || category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format;
    }
}
