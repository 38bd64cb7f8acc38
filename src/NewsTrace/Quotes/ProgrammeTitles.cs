using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// "said on “Meet the Press”", "told CNN's Jake Tapper on “State of the Union.”", "appeared on ABC's “This Week”": a
/// programme's title in quote marks after "on" names where words were said, not words anyone said; so does a title after
/// the kind of work it names ("the entertainment program “Studio Insider”", "his memoir “Hard Roads”").
/// </summary>
internal static class ProgrammeTitles
{
    /// <summary>Longest title, in words.</summary>
    private const int MaxWords = 6;

    /// <summary>
    /// True when the span follows "on" (or "on" and a network's possessive) or a kind of work, and its words are in title
    /// case, with at most a closing full stop or comma inside the marks.
    /// </summary>
    public static bool IsProgrammeTitle(QuoteContext context, QuotedSpan span)
    {
        var before = span.OpenToken - 1;
        if (before >= 2 && context.Word(before) is "'s" or "’s" && char.IsUpper(context.Word(before - 1)[0]))
        {
            before -= 2;
        }

        if (before < 0 || !(context.Is(before, "on") || Entities.Tagging.QuotedTitles.IsWorkNoun(context.Word(span.OpenToken - 1))))
        {
            return false;
        }

        var words = 0;
        for (var k = span.OpenToken + 1; k < span.CloseToken; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.Punctuation)
            {
                // Only a closing full stop or comma, inside the marks by American style.
                if (k != span.CloseToken - 1 || !(context.IsPunctuation(k, ".") || context.IsPunctuation(k, ",")))
                {
                    return false;
                }

                continue;
            }

            var word = context.Word(k);
            words++;
            if (words > MaxWords || (!char.IsUpper(word[0]) && !(word.Length <= 3 && k > span.OpenToken + 1)))
            {
                return false;
            }
        }

        return words > 0;
    }
}
