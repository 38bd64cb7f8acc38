using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Fourteen Republican lawmakers sent a letter", "Twelve French soldiers were wounded": a number written as a word opens
/// the sentence, capitalised only because it comes first, and the tagger joins it to the group word after it as a
/// person's name. The number is cut when what is left is a nationality or group word ("Republican", "French"), which
/// then names the group, and a word left before a plural noun ("Seven Democratic senators") is dropped; a name the number really belongs to ("Three Mile Island", "Seven Oaks") is left alone.
/// </summary>
internal static class SentenceOpeningNumbers
{
    private static readonly WordSet CountWords = FrozenSet.ToFrozenSet(
    [
        "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen",
        "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy",
        "Eighty", "Ninety", "Hundred", "Hundreds", "Thousands", "Dozens", "Several", "Both", "Many", "Some", "Most", "Few",
    ], StringComparer.Ordinal);

    private static bool IsLowerCasePlural(ReadOnlySpan<char> word) => word.Length > 3 && char.IsLower(word[0]) && word[^1] == 's';

    public static void Apply(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.LastToken == name.FirstToken || !sentenceStarts[name.FirstToken] || name.Canonical is not null
                || !CountWords.Contains(TokenText.Of(text, tokens[name.FirstToken])))
            {
                continue;
            }

            var rest = text.AsSpan(tokens[name.FirstToken + 1].Start, tokens[name.LastToken].End - tokens[name.FirstToken + 1].Start);
            if (Gazetteer.Lookup.TryGetValue(rest, out var entry) && entry.Type == EntityTypes.Nationality)
            {
                merged[k] = name with { FirstToken = name.FirstToken + 1, Type = EntityTypes.Nationality, Canonical = entry.Canonical };
            }
            else if (name.LastToken == name.FirstToken + 1 && name.Type == EntityTypes.Person && name.LastToken + 1 < tokens.Length
                     && IsLowerCasePlural(TokenText.Of(text, tokens[name.LastToken + 1])))
            {
                // "Seven Democratic senators": no one is named "Seven Democratic"; the adjective before the plural noun is no name.
                merged.RemoveAt(k--);
            }
        }
    }
}
