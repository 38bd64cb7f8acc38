using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Someone new and unnamed as the antecedent of a pronoun ("A former sales representative ... said ... “…,” she said"), and
/// the sentences whose opening pronoun hands on its person: a part of <see cref="SpeakerResolver"/>.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "A former sales representative, who spoke on condition of anonymity, said managers ranked them. “…,” she said": the
    /// sentence before opens with someone new, described and not named, who spoke; "he" or "she" takes up that
    /// description (when its words do not give the other gender) rather than a person named further back. Null otherwise.
    /// </summary>
    private Attribution? DescribedSpeakerBefore(int token, string pronoun)
    {
        var sentence = context.SentenceOfToken[token];
        if (sentence == 0 || !(context.Tokens[token].Start > 0 && token + 1 < context.Tokens.Length && context.IsCueAt(token + 1)))
        {
            return null;
        }

        // "“Everyone is working double shifts. We are as tired as the passengers,” she said": the quote's own sentences are
        // stepped over to the one before it.
        var before = sentence - 1;
        var afterQuote = token > 0 && context.Tokens[token - 1].Kind == TokenKind.QuoteMark && context.SentenceOfToken[token - 1] == sentence;
        while (afterQuote && before > 0 && QuotedSentence(before))
        {
            before--;
        }

        var first = context.FirstTokenOf(before);
        var last = context.LastTokenOf(before);
        // "One contest organizer, who ..., said": "One" opens a description as "A" does, but not "One of the owners".
        if (context.Word(first) is not ("A" or "An" or "One") || (context.Is(first, "One") && context.Is(first + 1, "of")))
        {
            return null;
        }

        for (var k = first + 1; k <= last; k++)
        {
            // "A member of the board, who asked not to be named because she still works there, says": the relative clause's
            // verbs are not the description's.
            if (context.IsPunctuation(k, ",") && k + 1 <= last && (context.Is(k + 1, "who") || context.Is(k + 1, "whose")))
            {
                var close = k + 2;
                while (close <= last && !context.IsPunctuation(close, ","))
                {
                    close++;
                }

                k = close;
                continue;
            }

            if (context.EntityStartingAt[k] is var e and >= 0 && context.Entities[e].Type == EntityTypes.Person)
            {
                return null;
            }

            if (PersonGenders.GivesOtherGender(context.Word(k), pronoun))
            {
                return null;
            }

            // "An employee who worked on the rule, and who asked not to be named, told ...": a verb right after "who" is the clause's.
            if (context.IsCueAt(k) && !context.Is(k - 1, "who"))
            {
                return Resolve(first, k - 1) is { SpeakerEntity: null, Speaker: not null, SpeakerSpan: { } span } described && span.Start == context.Tokens[first].Start
                    ? described
                    : null;
            }
        }

        return null;
    }

    /// <summary>True when sentence <paramref name="sentence"/> opens inside a quote or with a quote mark.</summary>
    private bool QuotedSentence(int sentence)
    {
        var first = context.FirstTokenOf(sentence);
        return context.Tokens[first].Kind == TokenKind.QuoteMark || insideQuote(context.Tokens[first].Start);
    }

    /// <summary>Whether the sentence from <paramref name="first"/> to <paramref name="last"/> holds quote marks or a verb of saying, and so a speaker of its own ("He surrendered “peacefully,” Pickell said").</summary>
    private bool HoldsSpeech(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.QuoteMark || context.IsCueAt(k))
            {
                return true;
            }
        }

        return false;
    }
}
