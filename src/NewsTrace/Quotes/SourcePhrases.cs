using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Quotes introduced by a phrase that names their source without a verb of saying: "in the words of the prosecutor,
/// Mark Tedeschi, “…”", "a line attributed to Albert Einstein — “…”". The source runs from after the phrase to the
/// punctuation before the quote mark and is resolved as any subject (an apposition's name wins). Only quotes no other
/// rule gave a speaker are considered.
/// </summary>
internal static class SourcePhrases
{
    /// <summary>Tokens before the quote mark searched for the phrase.</summary>
    private const int Reach = 12;

    /// <summary>The last word of each phrase, and the word before it.</summary>
    private static readonly FrozenDictionary<string, string> Phrases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["of"] = "words",
        ["to"] = "attributed",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static void Give(QuoteContext context, SpeakerResolver resolver, List<Quotation> output)
    {
        for (var q = 0; q < output.Count; q++)
        {
            var quote = output[q];
            if (quote.Speaker is not null || quote.Kind is not (QuoteKinds.Direct or QuoteKinds.Partial) || quote.Span.Start == 0)
            {
                continue;
            }

            var mark = context.FirstTokenAtOrAfter(quote.Span.Start - 1);
            if (mark <= 0 || mark >= context.Tokens.Length || context.Tokens[mark].Kind != TokenKind.QuoteMark)
            {
                continue;
            }

            var last = mark - 1;
            while (last > 0 && context.Tokens[last].Kind == TokenKind.Punctuation && context.Word(last) is "," or ":" or "—" or "–" or "-")
            {
                last--;
            }

            if (Source(context, resolver, mark, last) is { Speaker: not null } who)
            {
                output[q] = quote with { Speaker = who.Speaker, SpeakerSpan = who.SpeakerSpan, SpeakerEntity = who.SpeakerEntity, Cue = who.Cue, CueSpan = who.CueSpan };
            }
        }
    }

    private static Attribution? Source(QuoteContext context, SpeakerResolver resolver, int mark, int last)
    {
        for (var k = last - 1; k >= Math.Max(1, mark - Reach); k--)
        {
            if (!context.OnSameLine(k, mark) || context.Tokens[k].Kind == TokenKind.QuoteMark)
            {
                return null;
            }

            if (Phrases.TryGetValue(context.Word(k).ToString(), out var before) && context.Is(k - 1, before))
            {
                var sourceLast = last;
                if (context.IsPunctuation(sourceLast + 1, ","))
                {
                    // Resolve reads "the prosecutor, Mark Tedeschi, QC," as an apposition when it keeps its closing comma.
                    sourceLast++;
                }

                var who = resolver.Resolve(k + 1, sourceLast);
                var cue = new Documents.TextSpan(context.Tokens[k - 1].Start, context.Tokens[k].End);
                return who is null ? null : who with { Cue = cue.Of(context.Text), CueSpan = cue };
            }
        }

        return null;
    }
}
