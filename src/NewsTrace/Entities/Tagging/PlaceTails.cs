using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "John Cornyn, U.S. Senator", "US Second Amendment rights": the tagger sometimes runs a known country on into the title or
/// the ordinal after it. A place whose words but the last are a known place, and whose last word is a person's title or an
/// ordinal, is that known place.
/// </summary>
internal static class PlaceTails
{
    private static readonly WordSet Ordinals = FrozenSet.ToFrozenSet(
        ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"],
        StringComparer.Ordinal);

    public static void Cut(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type is not (EntityTypes.Geopolitical or EntityTypes.Location) || name.LastToken == name.FirstToken || !IsTail(text, tokens[name.LastToken]))
            {
                continue;
            }

            if (Gazetteer.Lookup.TryGetValue(TokenText.Join(text, tokens, name.FirstToken, name.LastToken - 1), out var place)
                && place.Type is EntityTypes.Geopolitical or EntityTypes.Location)
            {
                merged[k] = new NameCandidate(name.FirstToken, name.LastToken - 1, place.Type, place.Canonical, NameEvidence.Strong);
            }
        }
    }

    private static bool IsTail(string text, Token token)
        => Ordinals.Contains(TokenText.Of(text, token)) || TokenText.LowerIn(NameWords.StrongPersonTitles, text, token);
}
