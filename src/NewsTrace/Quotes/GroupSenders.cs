using System.Collections.Frozen;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// "Fourteen Republican lawmakers from border states sent a letter ...", "Democratic attorneys general in 15 states signed
/// a letter ...": an unnamed group that opens a sentence as the subject of a verb of issuing a text. The text it issued
/// ("the letter said") and a "they" after it ("“…,” they wrote") speak for that group, as readers take them.
/// </summary>
internal static class GroupSenders
{
    /// <summary>Verbs by which a group or an author issues a text.</summary>
    private static readonly WordSet IssuingVerbs = FrozenSet.ToFrozenSet(
        ["sent", "signed", "co-signed", "wrote", "issued", "released", "filed", "published", "submitted", "delivered", "penned", "drafted",
            "unveiled", "produced", "brought"],
        StringComparer.Ordinal);

    /// <summary>Whether the word is a verb by which an author issues a text ("sent a letter", "released a report", "filed a lawsuit").</summary>
    public static bool IsIssuingVerb(ReadOnlySpan<char> word) => IssuingVerbs.Contains(word);

    /// <summary>Prepositions that place or qualify the group after its head ("lawmakers from border states").</summary>
    private static readonly WordSet Qualifiers = FrozenSet.ToFrozenSet(["from", "in", "of", "at", "on", "representing", "across"], StringComparer.Ordinal);

    /// <summary>How many words the group's description may hold before its verb.</summary>
    private const int MaxWords = 12;

    /// <summary>
    /// The group that opens sentence <paramref name="sentence"/> as the subject of a verb of issuing, as written (with its
    /// number), and the verb's token; null when the sentence opens otherwise or names a person there.
    /// </summary>
    public static (TextSpan Group, int Verb)? Opening(QuoteContext context, int sentence)
    {
        var first = context.FirstTokenOf(sentence);
        var last = Math.Min(context.LastTokenOf(sentence), first + MaxWords);
        var head = -1;
        for (var k = first; k <= last; k++)
        {
            if (context.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation) || (context.EntityStartingAt[k] is var e and >= 0 && context.Entities[e].Type == EntityTypes.Person))
            {
                return null;
            }

            var word = context.Word(k);
            if (IssuingVerbs.Contains(word))
            {
                return head >= 0 && k > first ? (new TextSpan(context.Tokens[first].Start, context.Tokens[k - 1].End), k) : null;
            }

            if (head < 0 && Qualifiers.Contains(word))
            {
                return null;
            }

            if (head < 0 && char.IsLower(word[0]) && IsPluralHead(context, k) && k + 1 <= last
                && (IssuingVerbs.Contains(context.Word(k + 1)) || Qualifiers.Contains(context.Word(k + 1))))
            {
                head = k;
            }
        }

        return null;
    }

    /// <summary>"lawmakers", and "general" after a plural ("attorneys general"): the plural head of a group.</summary>
    private static bool IsPluralHead(QuoteContext context, int k)
        => SpeakerResolver.IsPlural(context.Word(k)) || (context.Is(k, "general") && k > 0 && SpeakerResolver.IsPlural(context.Word(k - 1)));

    /// <summary>The group's name without its number or article ("Republican lawmakers from border states").</summary>
    public static string NameOf(QuoteContext context, TextSpan group) => ReportedSpeechFinder.GroupName(group.Slice(context.Text)).ToString();
}
