using System.Collections.Frozen;
using NewsTrace.Documents;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>A share of a group that a poll counted ("Nearly half of", "Fifty-eight percent of"): a part of <see cref="SpeakerResolver"/>.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>The longest share phrase read before its "of" ("just over a third of", "more than 60 per cent of").</summary>
    private const int MaxShareWords = 5;

    /// <summary>Nouns of a share of people.</summary>
    private static readonly WordSet ShareNouns = FrozenSet.ToFrozenSet(
        ["half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "percent", "cent", "%", "majority", "minority", "share", "plurality"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The "of" that closes a share phrase opening the subject at <paramref name="first"/> ("Nearly half of", "A majority
    /// of", "58 percent of"), or -1. Only numbers, words and a share noun may stand before it, no comma or name.
    /// </summary>
    private int ShareOf(int first, int last)
    {
        var share = false;
        for (var k = first; k < last && k - first <= MaxShareWords; k++)
        {
            if (context.Is(k, "of"))
            {
                return share && k > first ? k : -1;
            }

            if (context.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Symbol) || context.EntityStartingAt[k] >= 0)
            {
                return -1;
            }

            share |= ShareNouns.Contains(context.Word(k).ToString());
        }

        return -1;
    }

    /// <summary>"7 percent", "a third": a share with no group after it, which takes the group of the share before it.</summary>
    internal bool IsBareShare(int first, int last)
    {
        if (last - first > MaxShareWords || !ShareNouns.Contains(context.Word(last).ToString()))
        {
            return false;
        }

        for (var k = first; k < last; k++)
        {
            if (context.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || context.Is(k, "of"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"voters under 30": a group described in words the resolver does not read otherwise, as written.</summary>
    private Attribution Written(int first, int last)
    {
        var span = new TextSpan(context.Tokens[first].Start, context.Tokens[last].End);
        return new Attribution(span.Of(context.Text), span, null, null, null);
    }

    /// <summary>"voters under 30" → "voters": the group's noun before its first post-modifier, lower-cased for the plural test.</summary>
    private static string GroupHead(string group)
    {
        var words = group.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i > 0; i--)
        {
            if (IsPlural(words[i].ToLowerInvariant()))
            {
                return words[i].ToLowerInvariant();
            }
        }

        return words.Length > 0 ? words[0].ToLowerInvariant() : group;
    }
}
