using System.Collections.Frozen;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Relative clauses inside a subject ("A lawyer who represents the families said"): a part of <see cref="SpeakerResolver"/>.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Words after a relative pronoun that open the clause's own subject ("which he", "which the minister").</summary>
    private static readonly WordSet RelativeClauseOpeners = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "we", "i", "you", "it", "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions before a relative pronoun ("in which", "of whom"): its clause has a subject of its own.</summary>
    private static readonly WordSet RelativeClausePrepositions = FrozenSet.ToFrozenSet(
        ["in", "of", "on", "at", "by", "for", "with", "from", "to", "under", "after", "during"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The "who" or "which" opening a relative clause that runs to the end of the subject ("A lawyer who represents
    /// the families"), or -1. The pronoun must follow a word of the subject, with no comma after it (an apposition's
    /// clause, "The minister, who chaired the summit,", is read at its comma).
    /// </summary>
    /// <summary>
    /// Where the noun "who" takes up starts, for a subject ending at <paramref name="end"/>: the lower-case noun before the
    /// last describing phrase ("lawmakers" of "objections of lawmakers from Arizona"), or the start of a name or noun
    /// standing right before "who"; -1 when there is no phrase to step over.
    /// </summary>
    private int WhoseAntecedent(int first, int end)
    {
        var k = end;
        while (k > first && context.Tokens[k].Kind == TokenKind.Word && !PostModifierOpeners.Contains(context.Word(k).ToString()))
        {
            k--;
        }

        return k > first && end - k <= MaxPhraseWords && PostModifierOpeners.Contains(context.Word(k).ToString()) && IsHeadNoun(k - 1) ? k - 1 : -1;
    }

    /// <summary>The longest apposition read between a name and ", who" ("a trade economist at the Halden School of Economics").</summary>
    private const int MaxAppositionTokens = 14;

    /// <summary>
    /// The person named right before the comma at <paramref name="comma"/>, or before an apposition that ends there
    /// ("Pieter Lund, a trade economist at ..., who"); null when no person stands there.
    /// </summary>
    private Attribution? PersonBeforeApposition(int first, int comma)
    {
        if (PersonEndingAt(BeforeBracketedTag(first, comma - 1)) is { } named)
        {
            return named;
        }

        for (var c = comma - 2; c > first && comma - c <= MaxAppositionTokens; c--)
        {
            if (context.IsPunctuation(c, ","))
            {
                return PersonEndingAt(c - 1);
            }
        }

        return null;
    }

    /// <summary>
    /// "Rep. Julia Cifuentes (D-Santa Rosa), who wrote": the token before a bracketed tag that ends at <paramref name="token"/>,
    /// or <paramref name="token"/> where no bracket closes there.
    /// </summary>
    private int BeforeBracketedTag(int first, int token)
    {
        const int MaxTagTokens = 8;
        if (token <= first || !context.IsPunctuation(token, ")"))
        {
            return token;
        }

        for (var k = token - 1; k > first && token - k <= MaxTagTokens; k--)
        {
            if (context.IsPunctuation(k, "("))
            {
                return k - 1;
            }
        }

        return token;
    }

    private Attribution? PersonEndingAt(int token)
    {
        if (token < 0 || context.EntityEndingAt[token] is not (var entity and >= 0) || context.Entities[entity].Type != EntityTypes.Person)
        {
            return null;
        }

        var person = context.Entities[entity];
        return Attribution.OfPerson(person, context.Text);
    }

    private int RelativePronounIn(int first, int last)
    {
        for (var r = last - 1; r > first; r--)
        {
            if (context.IsPunctuation(r, ","))
            {
                return -1;
            }

            // Not "that", which as often follows a verb ("it was found that children responded").
            if ((context.Is(r, "who") || context.Is(r, "which")) && context.Tokens[r - 1].Kind == TokenKind.Word
                && !CueVerbs.IsCue(context.Word(r - 1)))
            {
                // "posts in which he had suggested", "the bill which she said": the clause has a subject of its own, who speaks.
                var opensOwnSubject = RelativeClauseOpeners.Contains(context.Word(r + 1).ToString()) || char.IsUpper(context.Text[context.Tokens[r + 1].Start])
                                      || RelativeClausePrepositions.Contains(context.Word(r - 1).ToString());
                return opensOwnSubject ? -1 : r;
            }
        }

        return -1;
    }

    /// <summary>An apostrophe or "'s" token (tokenised text writes the possessive apart: "Gray ’ s cousin").</summary>
    private bool IsApostropheAt(int token)
        => token < context.Tokens.Length && context.Word(token) is "'" or "’" or "'s" or "’s";

    /// <summary>Words by which a relative clause gives the name of an unnamed person ("gave his name as", "identified only as").</summary>
    private static readonly WordSet NameGivingWords = FrozenSet.ToFrozenSet(
        ["name", "names", "identified", "identify", "identifies", "identifying", "called", "calls", "known"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "a pipefitter who gave his name only as Marty", "a woman, who identified herself only as Rosa,": a person the subject
    /// describes, then names in a relative clause; null when the subject holds no such clause.
    /// </summary>
    private Attribution? NameGivenAs(int first, int last)
    {
        for (var who = first + 1; who + 3 <= last; who++)
        {
            if (!context.Is(who, "who"))
            {
                continue;
            }

            for (var asAt = who + 2; asAt < last && asAt - who <= 7; asAt++)
            {
                // Not "identified herself as Gray's cousin": the name owns what she is.
                if (!context.Is(asAt, "as") || context.EntityStartingAt[asAt + 1] is not (var entity and >= 0) || context.Entities[entity].Type != EntityTypes.Person
                    || _mentions.IsPossessive(context.Entities[entity]) || IsApostropheAt(context.FirstTokenAtOrAfter(context.Entities[entity].Span.End)))
                {
                    continue;
                }

                for (var k = who + 1; k < asAt; k++)
                {
                    if (NameGivingWords.Contains(context.Word(k).ToString()))
                    {
                        var person = context.Entities[entity];
                        return Attribution.OfPerson(person, context.Text);
                    }
                }
            }

            return null;
        }

        return null;
    }
}
