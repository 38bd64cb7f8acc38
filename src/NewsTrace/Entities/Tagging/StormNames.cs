using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Typhoon Herb", "Hurricane Andrew", "Cyclone Phailin ... Phailin made landfall": a storm is named like a person, and the
/// tagger reads it as one, but it is an event (CoNLL's miscellaneous names, which NewsTrace does not mark). A name opening
/// with the kind of storm is dropped, and so is the storm's name standing alone anywhere in the document.
/// </summary>
internal static class StormNames
{
    private static readonly WordSet Kinds = FrozenSet.ToFrozenSet(
        [
            "Typhoon", "Hurricane", "Cyclone", "Tropical", "Storm", "Supertyphoon", "Super", "typhoon", "hurricane", "cyclone", "storm",

            // "hit by Hurricanes Katrina and Rita": the plural names two storms (see the "and" below).
            "Typhoons", "Hurricanes", "Cyclones", "Storms", "typhoons", "hurricanes", "cyclones", "storms",

            // "HURRICANE EDOUARD TURNS TOWARD NEW ENGLAND": a headline in capitals ("STORM" is left out: "STORM HITS FLORIDA").
            "HURRICANE", "TYPHOON", "CYCLONE",
        ],
        StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged)
    {
        HashSet<string>? storms = null;
        foreach (var after in CapitalisedTokens.Of(text, tokens))
        {
            // "Super Typhoon Haiyan", "Tropical Storm Allison": the name follows the last kind word.
            // "Tropical" and "Super" only open a longer kind ("Tropical Africa" is no storm).
            // The capitalised word after is asked for first: it is the rarer and the cheaper test, and only those are walked.
            var i = after - 1;
            if (i < 0)
            {
                continue;
            }

            var word = TokenText.Of(text, tokens[i]);
            if (tokens[i + 1].Kind == TokenKind.Word
                && Kinds.Contains(word) && !Kinds.Contains(TokenText.Of(text, tokens[i + 1])) && !word.Equals("Super", StringComparison.OrdinalIgnoreCase) && !word.Equals("Tropical", StringComparison.OrdinalIgnoreCase)
                && TokenText.OnSameLine(text, tokens[i], tokens[i + 1]))
            {
                (storms ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(TokenText.Of(text, tokens[i + 1]).ToString());
                if (word[^1] == 's' && i + 3 < tokens.Length && TokenText.Is(text, tokens[i + 2], "and") && TokenText.IsCapitalised(text, tokens[i + 3]))
                {
                    storms.Add(TokenText.Of(text, tokens[i + 3]).ToString());
                }
            }
        }

        if (storms is null)
        {
            return;
        }

        var lookup = storms.GetAlternateLookup<ReadOnlySpan<char>>();
        // "HURRICANE EDOUARD TURNS" in a headline and "Behind Edouard ," opening a sentence: the storm in capitals, and a
        // capitalised word before it that only opens the sentence, go with it.
        merged.RemoveAll(name => name.Canonical is null && name.Type != EntityTypes.Nationality
                                 && lookup.Contains(TokenText.Of(text, tokens[name.LastToken]))
                                 && (name.FirstToken == name.LastToken || Kinds.Contains(TokenText.Of(text, tokens[name.FirstToken]))
                                     || (name.LastToken == name.FirstToken + 1 && sentenceStarts[name.FirstToken])));
    }
}
