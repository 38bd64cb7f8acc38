using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Every "he" and "she" of a document outside quote marks, resolved as a speaker would be (<see cref="SpeakerResolver"/>):
/// the same coreference the quotes use, exposed so that it can be measured on all pronouns, not only the few that speak.
/// </summary>
public static class PronounResolution
{
    /// <summary>Each pronoun's span and the name it resolves to (null when none).</summary>
    public static ImmutableArray<(TextSpan Pronoun, string? Name)> Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens.AsSpan());
        if (tokens.IsDefaultOrEmpty || sentences.IsDefaultOrEmpty)
        {
            return [];
        }

        var context = new QuoteContext(text, tokens, sentences, EntityFinder.Find(text, tokens, sentences));
        var quoted = QuoteMarkPairer.Pair(text, tokens);
        bool Inside(int position) => quoted.Exists(span => span.Inner.Start <= position && position < span.Inner.End);
        var resolver = new SpeakerResolver(context, Inside);
        var result = ImmutableArray.CreateBuilder<(TextSpan, string?)>();
        for (var k = 0; k < tokens.Length; k++)
        {
            if ((context.Is(k, "he") || context.Is(k, "she")) && !Inside(tokens[k].Start))
            {
                result.Add((tokens[k].Span, resolver.Resolve(k, k)?.Speaker));
            }
        }

        return result.ToImmutable();
    }
}
