using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// "..., some of whom say": a relative pronoun after a quantifier speaks for the group named before the comma. A part of
/// <see cref="SpeakerResolver"/>.
/// </summary>
internal sealed partial class SpeakerResolver
{
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
