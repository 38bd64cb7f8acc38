using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Words the writer holds at a distance, not anyone's speech: "its so-called “Golden Week”", "howls from the “mainstream”
/// media", "the printing of a “unity” mailer". The conventions leave such words out; attributed, they would take the
/// nearest speaker.
/// </summary>
internal static class ScareQuotes
{
    /// <summary>Longest scare-quoted modifier, in words.</summary>
    private const int MaxModifierWords = 2;

    private static readonly WordSet Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a quoted word that show it is no modifier of a noun ("a “disgrace” for", "the “truth” is").</summary>
    private static readonly WordSet NotNouns = FrozenSet.ToFrozenSet(
    [
        "on", "in", "at", "to", "for", "and", "or", "but", "that", "which", "who", "as", "by", "with", "from", "of", "after", "before",
        "when", "because", "if", "is", "was", "are", "were", "be", "has", "had", "have", "will", "would", "than", "then", "about",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that give a word to someone who named a thing so.</summary>
    private static readonly WordSet Namings = FrozenSet.ToFrozenSet(
        ["called", "calls", "call", "dubbed", "dubs", "termed", "terms", "labelled", "labeled", "described", "describes", "branded", "brands"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>What a referendum's answer in quote marks names ("a ‘No’ vote", "the “Yes” side").</summary>
    private static readonly WordSet BallotSides = FrozenSet.ToFrozenSet(
        ["vote", "votes", "campaign", "campaigns", "side", "camp", "voters", "supporters", "result", "majority", "win", "victory", "option", "lobby"],
        StringComparer.Ordinal);

    /// <summary>
    /// True after "so-called", for a referendum's answer naming a side ("campaign for a ‘No’ vote": no one's speech, even in a
    /// sentence that reports someone's), or for one or two lower-case words between a determiner and a lower-case noun in a sentence
    /// with no verb of saying (where a quoted word would be someone's, as in "called it a “reckless” plan").
    /// </summary>
    public static bool IsScareQuote(QuoteContext context, QuotedSpan span)
    {
        var before = span.OpenToken - 1;
        if (before >= 0 && context.Is(before, "so-called"))
        {
            return true;
        }

        var after = span.CloseToken + 1;
        if (IsBallotAnswer(context, span, before, after))
        {
            return true;
        }

        if (before < 0 || after >= context.Tokens.Length || !Determiners.Contains(context.Word(before))
            || context.Tokens[after].Kind != TokenKind.Word || !char.IsLower(context.Word(after)[0]) || NotNouns.Contains(context.Word(after)))
        {
            return false;
        }

        // "what she called a “top-heavy” layer": the word is the caller's.
        for (var k = Math.Max(0, before - 3); k < before; k++)
        {
            if (Namings.Contains(context.Word(k)))
            {
                return false;
            }
        }

        var words = 0;
        for (var k = span.OpenToken + 1; k < span.CloseToken; k++)
        {
            if (context.Tokens[k].Kind != TokenKind.Word || !char.IsLower(context.Word(k)[0]) || ++words > MaxModifierWords)
            {
                return false;
            }
        }

        var sentence = context.SentenceOfToken[span.OpenToken];
        for (var k = context.FirstTokenOf(sentence); k <= context.LastTokenOf(sentence); k++)
        {
            if (context.IsCueAt(k))
            {
                return false;
            }
        }

        return words > 0;
    }

    private static bool IsBallotAnswer(QuoteContext context, QuotedSpan span, int before, int after)
        => span.CloseToken == span.OpenToken + 2 && context.Word(span.OpenToken + 1) is "Yes" or "No" or "yes" or "no" or "YES" or "NO"
           && before >= 0 && after < context.Tokens.Length && Determiners.Contains(context.Word(before)) && BallotSides.Contains(context.Word(after));
}
