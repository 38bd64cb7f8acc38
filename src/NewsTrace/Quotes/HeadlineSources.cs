using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Quotes in a headline whose speaker the headline names in its own way: after a dash ("... — Marovia"), by a title
/// before a colon ("Nevada Mayor Faces Recall Drive ...: ‘I Would Sign It Again’"), or by a short description of a body
/// the article names in full ("..., referendum commission says").
/// </summary>
internal static class HeadlineSources
{
    /// <summary>How many words of the headline may stand before the title ("Embattled Nevada Mayor").</summary>
    private const int MaxWordsBeforeTitle = 3;

    /// <summary>
    /// "Nevada Mayor Faces Recall Drive Over Water Contract: ‘I Would Sign It Again’": a headline whose subject is a title
    /// ("Mayor", "Governor", "Senator"), not a name, and whose quote follows a colon or a cue the attributor found ("Judge Blocks Law,
    /// Calling It A '...'"), quotes the person the body introduces with that title ("Mayor Lucinda Farraday").
    /// </summary>
    public static void GiveTitle(QuoteContext context, SpeakerResolver resolver, List<Quotation> output)
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
                || !(text.AsSpan(0, Math.Max(0, quote.Span.Start - 1)).TrimEnd().EndsWith(":") || (quote.CueSpan is { } cue && cue.End <= quote.Span.Start)))
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

    /// <summary>
    /// "Coalition 'prepares for war' with Kesmaria — Marovia": a headline that ends with a dash and a name gives its
    /// quoted words to that name, the wire convention for "says Marovia".
    /// </summary>
    public static void GiveDashedName(QuoteContext context, List<Quotation> output)
    {
        var text = context.Text;
        for (var q = 0; q < output.Count; q++)
        {
            var quote = output[q];
            if (quote.Speaker is not null || quote.Kind is not (QuoteKinds.Partial or QuoteKinds.Direct))
            {
                continue;
            }

            var lineEnd = text.IndexOf('\n', quote.Span.End);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var rest = text.AsSpan(quote.Span.End, lineEnd - quote.Span.End).TrimEnd();
            // A spaced hyphen stands for the dash in plain text ("“…” - Tomas Vale").
            var hyphen = rest.LastIndexOf(" - ", StringComparison.Ordinal);
            var dash = Math.Max(rest.LastIndexOfAny('—', '–'), hyphen < 0 ? -1 : hyphen + 1);
            if (dash < 0 || rest.IsEmpty || rest[^1] is '.' or '!' or '?')
            {
                continue;
            }

            var nameStart = quote.Span.End + dash + 1;
            while (nameStart < lineEnd && char.IsWhiteSpace(text[nameStart]))
            {
                nameStart++;
            }

            var nameEnd = quote.Span.End + rest.Length;
            var source = context.Entities.FirstOrDefault(e => e.Span.Start == nameStart && e.Span.End == nameEnd && e.Type != EntityTypes.Nationality);
            if (source is not null)
            {
                var name = source.Canonical ?? source.Span.Of(text);
                output[q] = quote with { Speaker = name, SpeakerSpan = source.Span, SpeakerEntity = name };
            }
        }
    }

    /// <summary>
    /// "Voters back the plant, referendum commission says": a body the headline describes in a few words, which nothing
    /// before it could name, is the organisation the article names with all those words, its head word last ("the Central
    /// Referendum Commission said on Monday").
    /// </summary>
    public static void GiveBodyNamedBody(QuoteContext context, List<Quotation> output)
    {
        var text = context.Text;
        var headlineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        for (var q = 0; headlineEnd > 0 && q < output.Count; q++)
        {
            var quote = output[q];
            if (quote.SpeakerEntity is not null || quote.Speaker is not { } described || quote.SpeakerSpan is not { } written || written.End > headlineEnd)
            {
                continue;
            }

            var words = described.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var entity in context.Entities)
            {
                if (entity.Span.Start < headlineEnd || entity.Type != EntityTypes.Organization)
                {
                    continue;
                }

                var name = entity.Canonical ?? entity.Span.Of(text);
                var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (nameWords.Length > words.Length && string.Equals(nameWords[^1], words[^1], StringComparison.OrdinalIgnoreCase)
                    && words.All(word => nameWords.Contains(word, StringComparer.OrdinalIgnoreCase)))
                {
                    output[q] = quote with { Speaker = name, SpeakerEntity = name };
                    break;
                }
            }
        }
    }
}
