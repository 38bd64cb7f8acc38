using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// A one-word place name that the same document uses as a person's surname ("Valeska Paris", then "Paris said"; "Michael
/// Jordan", then "Jordan scored") is that person where it stands alone, unless a place preposition puts it somewhere ("in
/// Paris"). The gazetteer reads the word as the place everywhere; within one document the full name is the better evidence.
/// A given name before "Hill" or "Lake" is a person too ("Damon Hill").
/// </summary>
internal static class SurnamePlaces
{
    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
        ["in", "into", "at", "near", "from", "to", "across", "outside", "inside", "via", "towards", "toward", "through", "throughout", "visited", "visit", "visiting", "of"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Place words that are common surnames after a given name ("Damon Hill", "Anthony Lake"); places put them first ("Lake Geneva").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SurnameHeads = FrozenSet.ToFrozenSet(
        ["Hill", "Lake"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Retype(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        // "Damon Hill", "Anthony Lake": a known given name and a place word that is a common surname name a person, where
        // the head word alone had made a place; known places keep their reading.
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type is EntityTypes.Geopolitical or EntityTypes.Location && name.Canonical is null && name.LastToken == name.FirstToken + 1
                && SurnameHeads.Contains(TokenText.Of(text, tokens[name.LastToken])) && Data.FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken])))
            {
                merged[k] = name with { Type = EntityTypes.Person };
            }
        }

        HashSet<string>? surnames = null;
        foreach (var name in merged)
        {
            if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken)
            {
                (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(TokenText.Of(text, tokens[name.LastToken]).ToString());
            }
        }

        if (surnames is null)
        {
            return;
        }

        var lookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < merged.Count; k++)
        {
            var candidate = merged[k];
            var first = candidate.FirstToken;
            if (candidate.Type is (EntityTypes.Geopolitical or EntityTypes.Location) && first == candidate.LastToken
                && lookup.Contains(TokenText.Of(text, tokens[first]))
                && (first == 0 || !PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(TokenText.Of(text, tokens[first - 1]))))
            {
                merged[k] = candidate with { Type = EntityTypes.Person, Canonical = null };
            }
        }
    }
}
