using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// "Nevada Mayor Faces Recall Drive Over Water Contract: ‘I Would Sign It Again’": a headline whose subject is a title
/// ("Mayor", "Governor", "Senator"), not a name, and whose quote follows a colon, quotes the person the body introduces
/// with that title ("Mayor Lucinda Farraday").
/// </summary>
internal static class HeadlineTitles
{
    /// <summary>How many words of the headline may stand before the title ("Embattled Nevada Mayor").</summary>
    private const int MaxWordsBeforeTitle = 3;

    public static void Give(QuoteContext context, SpeakerResolver resolver, List<Quotation> output)
    {
        var text = context.Text;
        var headlineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (headlineEnd < 0)
        {
            return;
        }

        for (var q = 0; q < output.Count; q++)
        {
            var quote = output[q];
            if (quote.Speaker is not null || quote.Kind is not (QuoteKinds.Partial or QuoteKinds.Direct) || quote.Span.End > headlineEnd
                || !text.AsSpan(0, Math.Max(0, quote.Span.Start - 1)).TrimEnd().EndsWith(":"))
            {
                continue;
            }

            for (var k = 0; k <= MaxWordsBeforeTitle && k + 1 < context.Tokens.Length && context.Tokens[k + 1].Start < quote.Span.Start; k++)
            {
                var word = context.Word(k);
                if (context.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || !char.IsUpper(word[0]))
                {
                    break;
                }

                // The title must end the headline's subject: a verb or the colon follows it ("Mayor Faces", "Governor:").
                var title = word.ToString().ToLowerInvariant();
                if (Entities.Data.NameWords.PersonTitles.Contains(title) && context.EntityStartingAt[k + 1] < 0
                    && resolver.IntroducedWithRole(quote.Span.End, title) is { } person)
                {
                    output[q] = quote with { Speaker = person.Speaker, SpeakerSpan = context.Tokens[k].Span, SpeakerEntity = person.SpeakerEntity };
                    break;
                }
            }
        }
    }
}
