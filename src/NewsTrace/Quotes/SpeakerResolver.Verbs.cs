using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>The verb after a subject: adverbs and auxiliaries stepped over before it, and the sentence's main verb; a part of <see cref="SpeakerResolver"/>.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Common irregular past forms that can be a sentence's main verb ("The council went further, calling …").</summary>
    private static readonly WordSet IrregularPast = FrozenSet.ToFrozenSet(
    [
        "went", "came", "took", "made", "gave", "held", "left", "met", "sent", "spoke", "wrote", "won", "lost", "put", "set", "kept",
        "led", "cut", "ran", "rose", "fell", "broke", "stood", "sought", "brought", "struck", "began", "became", "threw", "hit", "shut",
        "spent", "withdrew", "drew", "froze", "chose", "swore", "sold", "paid", "bought", "caught", "fought", "taught", "felt", "found",
        "got", "saw", "knew", "grew", "flew", "fled", "upheld", "undertook", "overtook", "shook", "drove", "sank", "hung", "dealt", "heard",

        // "The campaign did not dispute the count but said ...": the auxiliary of a denied main verb.
        "did", "does",
    ], StringComparer.Ordinal);

    /// <summary>True for a common irregular past form ("met", "held", "took").</summary>
    public static bool IsIrregularPast(ReadOnlySpan<char> word) => IrregularPast.Contains(word);

    /// <summary>Lower-case words in "-ly" that are nouns, not adverbs ("the Kennedy family", "a Moll ally").</summary>
    private static readonly WordSet NounsInLy = FrozenSet.ToFrozenSet(
        ["family", "ally", "rally", "assembly", "supply", "monopoly", "anomaly", "homily", "bully", "belly", "folly"], StringComparer.OrdinalIgnoreCase);

    /// <summary>"Sanderson finally", "he grudgingly": a lower-case adverb in "-ly" right after a name or a pronoun, before the verb.</summary>
    private bool IsAdverbAfterName(int k)
    {
        var word = context.Word(k);
        return k > 0 && word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal)
               && (context.EntityEndingAt[k - 1] >= 0 || PersonPronouns.Contains(context.Word(k - 1).ToString()))
               && !NounsInLy.Contains(word);
    }

    /// <summary>"groups have long warned", "she had long said": "long" after an auxiliary is an adverb of time.</summary>
    private bool IsLongAfterAuxiliary(int k, int first)
        => k - 1 > first && context.Is(k, "long") && (context.Is(k - 1, "have") || context.Is(k - 1, "has") || context.Is(k - 1, "had"));

    /// <summary>Whether one of the two words before <paramref name="v"/> (after <paramref name="start"/>) is a preposition ("from farm states").</summary>
    private bool PrepositionJustBefore(int v, int start)
    {
        for (var k = v - 1; k >= Math.Max(start, v - 2); k--)
        {
            if (context.Word(k) is "from" or "of" or "in" or "at" or "for" or "with" or "by" or "on" or "across")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of the sentence's main verb: the words before its first past-tense or present verb ("vetoed",
    /// "released", "says"), after a dateline dash, less a time phrase between subject and verb ("on Friday"). With
    /// <paramref name="sayingVerbs"/>, "said", "told" and "says" are main verbs too: a verb of naming or "telling" after a
    /// report ("X said the cut did not go far enough, calling it “...”", "X said he would veto it, telling Y that ...") has
    /// the reporter's subject, while "saying" after "told reporters that Y called 911" is Y's.
    /// </summary>
    public Attribution? MainClauseSubject(int first, int limit, bool sayingVerbs = false)
    {
        var start = first;
        for (var i = first; i < limit; i++)
        {
            if (context.Word(i) is "—" or "–")
            {
                start = i + 1;
            }
        }

        for (var v = start + 1; v < limit; v++)
        {
            var word = context.Word(v);
            if (context.Tokens[v].Kind != TokenKind.Word || !char.IsLower(word[0])
                || !(word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("es", StringComparison.Ordinal) || IrregularPast.Contains(word.ToString())
                     || (sayingVerbs && word is "said" or "told" or "says")))
            {
                continue;
            }

            // "Senators from farm states in both parties urged": a plural in "-es" inside a phrase of "from" or "of" is a noun.
            if (word.EndsWith("es", StringComparison.Ordinal) && PrepositionJustBefore(v, start))
            {
                continue;
            }

            var last = v - 1;
            if (last - 1 > start && context.Word(last - 1) is "on" or "late" or "early" && char.IsUpper(context.Word(last)[0]))
            {
                last -= 2;
            }

            return last >= start ? Resolve(start, last) : null;
        }

        return null;
    }
}
