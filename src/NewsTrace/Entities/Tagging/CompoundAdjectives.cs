using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Michigan-based", "Warhol-like", "Kremlin-backed": a name joined by a hyphen to a lower-case word that makes it an
/// adjective is one token, and the tagger, seeing its capital, reads the whole token as a person or place. It names
/// nothing on its own (the name inside it cannot be marked without the suffix), so such a one-token name is dropped,
/// unless the word lists know it whole, and one opening a longer name is cut from it.
/// </summary>
internal static class CompoundAdjectives
{
    private static readonly WordSet Suffixes = FrozenSet.ToFrozenSet(
    [
        "based", "led", "backed", "like", "style", "born", "owned", "run", "made", "era", "bound", "linked", "funded",
        "sponsored", "controlled", "held", "speaking", "occupied", "allied", "leaning", "friendly", "inspired", "themed",
    ], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        merged.RemoveAll(name => name.FirstToken == name.LastToken && name.Canonical is null && HasAdjectiveSuffix(TokenText.Of(text, tokens[name.FirstToken])));

        // "Houston-based Delta Midstream Partners": the adjective opening a longer name describes it and is cut off.
        for (var k = 0; k < merged.Count; k++)
        {
            if (merged[k] is { Canonical: null } name && name.LastToken > name.FirstToken && HasAdjectiveSuffix(TokenText.Of(text, tokens[name.FirstToken])))
            {
                merged[k] = name with { FirstToken = name.FirstToken + 1 };
            }
        }
    }

    private static bool HasAdjectiveSuffix(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && Suffixes.Contains(word[(hyphen + 1)..]);
    }
}
