using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Text;
using NewsTrace.Time.Consistency;

namespace NewsTrace.Time;

/// <summary>
/// A rule-based recogniser and normaliser of English temporal expressions in the style of HeidelTime: patterns over tokens
/// find the expressions, and relative ones are resolved against the document creation time (DCT), the last day mentioned
/// before them ("the following day") and the tense of their sentence ("took place on Wednesday" vs "will meet on Wednesday").
/// The dates are then checked against the publish date: written-out dates after it told in the past tense, and content
/// republished long after the events it dates (<see cref="RepublicationCheck"/>), whose relative dates are then resolved
/// against the original date when the text gives it.
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

        sentences = sentences.IsDefault ? [] : sentences;
        var tagging = new TimexScan(text, tokens, sentences, documentCreationTime).Run();
        if (documentCreationTime is not { } published || RepublicationCheck.Find(text, tagging.Timexes, published) is not { } republication)
        {
            return tagging;
        }

        // Copied content is resolved against the day it was written, not the day it was shown: its "on Wednesday" is the original's.
        if (republication.OriginalDate is { } original)
        {
            tagging = new TimexScan(text, tokens, sentences, original).Run();
        }

        var anomaly = new DateAnomaly(republication.Span, DateAnomaly.Republished, republication.Message);
        return tagging with { Anomalies = [.. tagging.Anomalies.Add(anomaly).OrderBy(a => a.Span.Start)] };
    }

    /// <summary>Tokenizes and splits <paramref name="text"/> itself, then tags it.</summary>
    public static TimexTagging Tag(string text, DateOnly? documentCreationTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        return Tag(text, tokens, SentenceSplitter.Split(text, tokens.AsSpan()), documentCreationTime);
    }
}
