using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsTrace.Text;

namespace NewsTrace.Tests.Text;

public sealed class SentencePropertyTests
{
    [Property(MaxTest = 300)]
    public Property Sentences_are_ordered_trimmed_and_partition_the_non_whitespace_text()
        => Prop.ForAll(TextGenerators.NewsLikeText(), text =>
        {
            var owner = new int[text.Length];
            var previousEnd = 0;
            var number = 0;
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                number++;
                if (sentence.Start < previousEnd || sentence.IsEmpty || sentence.End > text.Length)
                {
                    return false.Label($"sentence {number} {sentence} is out of order, empty or out of bounds");
                }

                if (char.IsWhiteSpace(text[sentence.Start]) || char.IsWhiteSpace(text[sentence.End - 1]))
                {
                    return false.Label($"sentence {number} {sentence} is not trimmed");
                }

                for (var i = sentence.Start; i < sentence.End; i++)
                {
                    owner[i] = number;
                }

                previousEnd = sentence.End;
            }

            for (var i = 0; i < text.Length; i++)
            {
                if (owner[i] == 0 && !char.IsWhiteSpace(text[i]))
                {
                    return false.Label($"character {i} (U+{(int)text[i]:X4}) is in no sentence");
                }
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 200)]
    public Property No_sentence_boundary_falls_inside_a_token()
        => Prop.ForAll(TextGenerators.NewsLikeText(), text =>
        {
            var sentences = SentenceSplitter.Split(text);
            foreach (var token in Tokenizer.Tokenize(text))
            {
                if (!sentences.Any(sentence => sentence.Contains(token.Span)))
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 100)]
    public Property Splitting_with_given_tokens_matches_splitting_the_text()
        => Prop.ForAll(TextGenerators.NewsLikeText(), text =>
            SentenceSplitter.Split(text).SequenceEqual(SentenceSplitter.Split(text, Tokenizer.Tokenize(text).AsSpan())));
}
