using System.Collections.Frozen;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Relative pronouns as subjects ("..., which has called them", "..., some of whom say"): they speak for what the sentence
/// named before the comma. A part of <see cref="SpeakerResolver"/>.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// A relative pronoun as the subject: "..., which has called them" stands for the organisation before the comma, and
    /// "..., some of whom say" for the group before it. True when the subject is one (the result null when its antecedent
    /// names no one).
    /// </summary>
    private bool TryRelativeAntecedent(int first, int last, out Attribution? result)
    {
        // "according to the Gulf Oil and Gas Association, which has called them ...": "which" after a comma stands for the
        // organisation named before the comma.
        var which = last > first && IsAuxiliaryAfterWho(context.Word(last)) ? last - 1 : last;
        if (context.Word(which) is "which" && which >= 2 && context.IsPunctuation(which - 1, ",")
            && context.EntityEndingAt[which - 2] is var relativeTo and >= 0 && context.Entities[relativeTo].Type == EntityTypes.Organization)
        {
            // The source as written stays the pronoun, as for "it" and "he".
            var named = context.FirstTokenAtOrAfter(context.Entities[relativeTo].Span.Start);
            result = Resolve(named, which - 2) is { } body ? body with { SpeakerSpan = context.Tokens[which].Span } : null;
            return true;
        }

        // "complaints from residents of mountain villages, some of whom say ...": "whom" stands for the group before the comma.
        if (last >= 3 && context.Word(last) is "whom" && context.Is(last - 1, "of") && GroupBeforeComma(last - 3) is var groupStart and >= 0)
        {
            result = Resolve(groupStart, last - 4) is { } wholeGroup ? wholeGroup with { SpeakerSpan = context.Tokens[last].Span } : null;
            return true;
        }

        result = null;
        return false;
    }

    /// <summary>Words before which a group named ahead of "some of whom" starts ("from residents of ...", "by parents in ...").</summary>
    private static readonly WordSet GroupOpeners = FrozenSet.ToFrozenSet(
        ["from", "by", "with", "to", "among", "for", "on", "at", "about", "against", "including", "and", "but", "than"], StringComparer.OrdinalIgnoreCase);

    private const int MaxGroupWords = 6;

    /// <summary>
    /// The first token of the noun phrase that ends before the comma at <paramref name="comma"/> ("residents of mountain
    /// villages" in "from residents of mountain villages, some of whom"), after a preposition or a conjunction; -1 if none.
    /// </summary>
    private int GroupBeforeComma(int comma)
    {
        if (comma < 1 || !context.IsPunctuation(comma, ","))
        {
            return -1;
        }

        for (var i = comma - 1; i >= 0 && comma - i <= MaxGroupWords; i--)
        {
            if (context.Tokens[i].Kind != TokenKind.Word)
            {
                return -1;
            }

            if (GroupOpeners.Contains(context.Word(i)))
            {
                return i < comma - 1 ? i + 1 : -1;
            }
        }

        return -1;
    }
}
