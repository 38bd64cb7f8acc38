using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// A text's owner named with it: a possessive ("the mayor's statement", "Beverly Cuthbert's 64-page report") or a body's head
/// noun ("council figures"), taken to the body or person named before; a part of <see cref="SpeakerResolver"/>.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The owner of a text that closes the subject ("Beverly Cuthbert's 64-page report", "the mayor's statement"), resolved as a
    /// subject of its own, with the whole subject as the source written; null unless a possessive stands before the text
    /// with only lower-case words and numbers between.
    /// </summary>
    private Attribution? OwnerOfText(int first, int last)
    {
        if (last - first < 2 || !AuthoredTexts.Contains(context.Word(last).ToString()))
        {
            return null;
        }

        var possessive = last - 1;
        while (possessive > first && context.Word(possessive) is not ("'s" or "\u2019s")
               && (context.Tokens[possessive].Kind == TokenKind.Number || char.IsLower(context.Word(possessive)[0]) || char.IsDigit(context.Word(possessive)[0])
                   || context.IsPunctuation(possessive, "-")))
        {
            possessive--;
        }

        if (possessive <= first || context.Word(possessive) is not ("'s" or "\u2019s") || Resolve(first, possessive - 1) is not { Speaker: not null } owner)
        {
            return null;
        }

        return owner with { SpeakerSpan = new TextSpan(context.Tokens[first].Start, context.Tokens[last].End) };
    }

    /// <summary>
    /// "the inspector general's report" after "the VA Office of Inspector General": the body named before whose name holds
    /// the words of the text's owner (from <paramref name="ownerStart"/> to the possessive before <paramref name="noun"/>, or
    /// an institution's head noun right before it: "council figures"); null when neither stands before the noun or no such
    /// body was named.
    /// </summary>
    private EntityMention? OrganisationOwning(int ownerStart, int noun)
    {
        // "general's report", or tokenised copy's "general ' s report".
        var possessive = noun > 1 && context.Is(noun - 1, "s") && IsApostropheAt(noun - 2) ? noun - 2 : noun - 1;
        var first = context.Word(ownerStart) is "the" or "The" or "a" or "an" ? ownerStart + 1 : ownerStart;
        int last;
        if (possessive > ownerStart && IsApostropheAt(possessive))
        {
            last = possessive - 1;
        }
        else if (first == noun - 1 && char.IsLower(context.Word(first)[0]) && InstitutionHeads.Contains(context.Word(first)))
        {
            // "according to council figures", "a department announcement": the body's head noun before the text, without a
            // possessive, names the body the story named before.
            last = first;
        }
        else
        {
            return null;
        }

        if (last < first)
        {
            return null;
        }

        var owner = context.Text.AsSpan(context.Tokens[first].Start, context.Tokens[last].End - context.Tokens[first].Start);
        EntityMention? found = null;
        foreach (var entity in context.Entities)
        {
            if (entity.Span.Start >= context.Tokens[ownerStart].Start)
            {
                break;
            }

            if (entity.Type == EntityTypes.Organization && entity.Span.Length > owner.Length && entity.Span.Slice(context.Text).Contains(owner, StringComparison.OrdinalIgnoreCase))
            {
                found = entity;
            }
        }

        return found;
    }

    /// <summary>"the inspector general's report": the body named before that owns the text at <paramref name="noun"/>, as a speaker; null otherwise.</summary>
    public Attribution? TextOwner(int ownerStart, int noun)
        => OrganisationOwning(ownerStart, noun) is { } body
            ? new Attribution(_mentions.FullName(body), new TextSpan(context.Tokens[ownerStart].Start, context.Tokens[noun].End), body.Canonical, null, null)
            : null;

    /// <summary>
    /// The speaker of the sentence, among the few before <paramref name="at"/>, that issued the text <paramref name="noun"/>
    /// names: "In a statement, it said ..." (the subject after the opening phrase) or "The Irish embassy in London said in
    /// a statement that ..." (the subject before the verb); null when no such sentence is found or its subject resolves to
    /// no one.
    /// </summary>
    private Attribution? SpeakerOfEarlierText(int at, string noun)
    {
        var own = context.SentenceOfToken[at];
        for (var s = own - 1; s >= Math.Max(0, own - AuthorSentencesBack); s--)
        {
            var first = context.FirstTokenOf(s);
            var last = context.LastTokenOf(s);
            for (var k = first + 2; k <= last; k++)
            {
                // "in a statement", "in its own statement", "in a joint statement".
                if (!context.Is(k, noun) || insideQuote(context.Tokens[k].Start))
                {
                    continue;
                }

                var preposition = k - 1;
                while (preposition > first && k - preposition <= 3 && !context.Is(preposition, "in"))
                {
                    preposition--;
                }

                if (!context.Is(preposition, "in"))
                {
                    continue;
                }

                if (preposition == first && k + 1 <= last && context.IsPunctuation(k + 1, ","))
                {
                    var cue = k + 2;
                    while (cue <= last && !context.IsCueAt(cue))
                    {
                        cue++;
                    }

                    if (cue > last || cue == k + 2)
                    {
                        return null;
                    }

                    return Resolve(k + 2, cue - 1) is { Speaker: not null } opened ? opened : null;
                }

                if (preposition - 1 > first && context.IsCueAt(preposition - 1))
                {
                    return Resolve(first, preposition - 2) is { Speaker: not null } subject ? subject : null;
                }
            }
        }

        return null;
    }
}
