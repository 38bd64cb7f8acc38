using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "the Cambodian People 's Party", "the Beijing Higher People 's Court", "Central African People 's Liberation Movement":
/// in tokenised wire copy the possessive of "People" stands apart, and the rules and the tagger cut the name there ("People"
/// and "Democratic Party", or "Beijing Higher" and "Court"). "People 's" with capitalised words on both sides is one name:
/// a body when it ends in a body's head word, or a state when "Republic" follows ("People 's Republic of China").
/// </summary>
internal static class PeoplesNames
{
    private const int MaxWordsBefore = 3;
    private const int MaxWordsAfter = 5;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var i = 1; i + 2 < tokens.Length; i++)
        {
            if (!TokenText.Of(text, tokens[i]).SequenceEqual("People") || TokenText.Of(text, tokens[i + 1]) is not ("'s" or "’s")
                || !TokenText.IsCapitalised(text, tokens[i + 2]) || MergedNames.At(merged, i) is { Canonical: not null })
            {
                // A name the lists know ("Democratic People's Republic of Korea") is kept as they give it.
                continue;
            }

            i = Join(text, tokens, merged, i);
        }
    }

    /// <summary>Makes one name of the capitalised words around "People 's" at <paramref name="i"/>; returns the last token looked at.</summary>
    /// <remarks>Its own method, so that the removal's closure is made only for a match, not on every token of the loop.</remarks>
    private static int Join(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int i)
    {
        var first = i;
        while (first > 0 && i - first < MaxWordsBefore && tokens[first - 1].Kind == TokenKind.Word && TokenText.IsCapitalised(text, tokens[first - 1])
               && !TokenText.Is(text, tokens[first - 1], "the") && TokenText.OnSameLine(text, tokens[first - 1], tokens[i]))
        {
            first--;
        }

        var last = i + 2;
        while (last + 1 < tokens.Length && last - i < MaxWordsAfter && TokenText.OnSameLine(text, tokens[last], tokens[last + 1])
               && (TokenText.IsCapitalised(text, tokens[last + 1])
                   || (TokenText.Of(text, tokens[last + 1]) is "of" or "for" && last + 2 < tokens.Length && TokenText.IsCapitalised(text, tokens[last + 2]))))
        {
            last++;
        }

        // "People 's Sexiest Man Alive" is the magazine's title: only a body's head word (or "Republic") makes one name.
        var type = TokenText.Is(text, tokens[i + 2], "Republic") ? EntityTypes.Geopolitical : EntityTypes.Organization;
        if (type == EntityTypes.Organization && !TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[last]) && !TokenText.Is(text, tokens[last], "Daily"))
        {
            return i;
        }

        merged.RemoveAll(name => name.FirstToken <= last && name.LastToken >= first);
        merged.Add(new NameCandidate(first, last, type, null, NameEvidence.Strong));
        return last;
    }
}
