using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// The coreference the quotes use (<see cref="SpeakerResolver"/>), exposed so that it can be measured beyond the few
/// phrases that speak: every "he" and "she" of a document outside quote marks, or any noun phrase given by its span
/// ("the Russian minister"), resolved as a speaker written there would be.
/// </summary>
public static class CoreferenceProbe
{
    /// <summary>Each "he"/"she" outside quote marks and the name it resolves to (null when none).</summary>
    public static ImmutableArray<(TextSpan Pronoun, string? Name)> Pronouns(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Prepare(text) is not var (context, tokens, inside, resolver))
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<(TextSpan, string?)>();
        for (var k = 0; k < tokens.Length; k++)
        {
            if ((context.Is(k, "he") || context.Is(k, "she")) && !inside(tokens[k].Start))
            {
                result.Add((tokens[k].Span, resolver.Resolve(k, k)?.Speaker));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The name each phrase resolves to (null when none, or when the phrase does not cover whole tokens).</summary>
    public static ImmutableArray<string?> Phrases(string text, IReadOnlyList<TextSpan> phrases)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrases);
        if (Prepare(text) is not var (context, tokens, _, resolver))
        {
            return [.. phrases.Select(_ => (string?)null)];
        }

        var result = ImmutableArray.CreateBuilder<string?>(phrases.Count);
        foreach (var phrase in phrases)
        {
            var first = context.FirstTokenAtOrAfter(phrase.Start);
            var last = first;
            while (last + 1 < tokens.Length && tokens[last + 1].End <= phrase.End)
            {
                last++;
            }

            var covers = first < tokens.Length && tokens[first].Start == phrase.Start && tokens[last].End == phrase.End;
            result.Add(covers ? resolver.Resolve(first, last)?.Speaker : null);
        }

        return result.MoveToImmutable();
    }

    private static (QuoteContext Context, ImmutableArray<Token> Tokens, Func<int, bool> Inside, SpeakerResolver Resolver)? Prepare(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens.AsSpan());
        if (tokens.IsDefaultOrEmpty || sentences.IsDefaultOrEmpty)
        {
            return null;
        }

        var context = new QuoteContext(text, tokens, sentences, EntityFinder.Find(text, tokens, sentences));
        var quoted = QuoteMarkPairer.Pair(text, tokens);
        bool Inside(int position) => QuoteFinder.IsInside(quoted, position);
        return (context, tokens, Inside, new SpeakerResolver(context, Inside));
    }
}
