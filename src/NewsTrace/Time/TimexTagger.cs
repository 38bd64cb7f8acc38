using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Text;

namespace NewsTrace.Time;

/// <summary>
/// A rule-based recogniser and normaliser of English temporal expressions in the style of HeidelTime: patterns over tokens
/// find the expressions, and relative ones are resolved against the document creation time (DCT), the last day mentioned
/// before them ("the following day") and the tense of their sentence ("took place on Wednesday" vs "will meet on Wednesday").
/// </summary>
/// <remarks>
/// Without a DCT every expression that needs one keeps a null value: a year is never invented. Durations, sets and
/// fully specified dates ("13 September 2023") do not need one.
/// </remarks>
public static class TimexTagger
{
    /// <summary>Tags <paramref name="text"/>, given its tokens and sentences (as the tokenize and sentences stages write them).</summary>
    public static TimexTagging Tag(string text, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> sentences, DateOnly? documentCreationTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tokens.IsDefaultOrEmpty)
        {
            return new TimexTagging([], []);
        }

        return new TimexScan(text, tokens, sentences.IsDefault ? [] : sentences, documentCreationTime).Run();
    }

    /// <summary>Tokenizes and splits <paramref name="text"/> itself, then tags it.</summary>
    public static TimexTagging Tag(string text, DateOnly? documentCreationTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        return Tag(text, tokens, SentenceSplitter.Split(text, tokens.AsSpan()), documentCreationTime);
    }
}
