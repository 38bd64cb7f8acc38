using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "beat the Mariners 9-5 at Camden Yards", "the airport at Longyearbyen", "lorries stuck at Le Perthus": after "at" a name
/// is where something happens (a venue, a town, a firm), almost never a person. Labelled news agrees: in the newswire sets
/// and GUM no named person follows "at" except inside a possessive ("at Smith's home"). The tagger, meeting an unknown
/// venue or town, reads it as a person; here it becomes a place unless something vouches for the person:
/// <list type="bullet">
/// <item>a verb or noun of aiming before "at" ("took aim at Tillotson", "a swipe at Corbyn", "looked at Ames");</item>
/// <item>a known given name opening the name ("at Eleanor Whitcombe");</item>
/// <item>the name standing for a person named in full elsewhere, or speaking ("Tillotson said").</item>
/// </list>
/// </summary>
internal static class PlacesAfterAt
{
    private const int MaxWords = 3;

    /// <summary>Words before "at" that aim something at a person rather than put something at a place.</summary>
    private static readonly WordSet AimWords = FrozenSet.ToFrozenSet(
    [
        "aim", "aimed", "aiming", "aims", "swipe", "swipes", "jab", "jabs", "jabbed", "dig", "digs", "jibe", "jibes", "shot",
        "shots", "fire", "fired", "firing", "looked", "look", "looks", "looking", "glanced", "stared", "staring", "laughed",
        "laughing", "smiled", "smiling", "yelled", "yelling", "shouted", "shouting", "screamed", "pointed", "pointing", "angry",
        "furious", "mad", "upset", "annoyed", "irritated", "lashed", "lashing", "hit", "hitting", "lunged", "swung", "grinned",
        "waved", "nodded", "winked", "snapped", "barked", "directed", "targeted", "jeered", "booed", "sneered", "hurled",
        "threw", "thrown", "throwing", "poked", "fun", "glared", "glaring", "frowned", "marvelled", "marveled", "shrugged",
        "grabbed", "swiped", "struck", "striking", "strikes", "blast", "blasted", "railed", "raged", "sniped",
        "sniping", "bristled", "chafed", "scoffed", "balked", "mocked", "hinted", "hints", "hinting", "winced",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Retype(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            var first = name.FirstToken;
            if (name.Type != EntityTypes.Person || name.Canonical is not null || name.LastToken - first >= MaxWords || first == 0
                || !TokenText.Is(text, tokens[first - 1], "at") || IsAimedAt(text, tokens, first - 1)
                || Data.FirstNames.Contains(TokenText.Of(text, tokens[first])) || EndsPossessive(text, tokens, name.LastToken)
                || StandsForPerson(text, tokens, merged, name))
            {
                continue;
            }

            merged[k] = name with { Type = EntityTypes.Location };
        }
    }

    /// <summary>A word of aiming before "at", past one adverb ("aimed squarely at").</summary>
    private static bool IsAimedAt(string text, ImmutableArray<Token> tokens, int at)
    {
        var before = at - 1;
        if (before >= 0 && TokenText.Of(text, tokens[before]).EndsWith("ly", StringComparison.Ordinal))
        {
            before--;
        }

        return before >= 0 && AimWords.Contains(TokenText.Of(text, tokens[before]));
    }

    /// <summary>"at Smith's home", "at Voisey 's Bay" as a tokenised text writes it, "at the Joneses' farm".</summary>
    private static bool EndsPossessive(string text, ImmutableArray<Token> tokens, int last)
    {
        var word = TokenText.Of(text, tokens[last]);
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)
            || word.EndsWith('\'') || word.EndsWith('’'))
        {
            return true;
        }

        return last + 1 < tokens.Length && TokenText.Of(text, tokens[last + 1]) is "'s" or "’s" or "'" or "’";
    }

    /// <summary>The name's last word is the surname of a person named in full, or the name speaks somewhere in the document.</summary>
    private static bool StandsForPerson(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, NameCandidate name)
    {
        var surname = TokenText.Of(text, tokens[name.LastToken]);
        foreach (var other in merged)
        {
            if (other.Type == EntityTypes.Person && other.LastToken > other.FirstToken && other.FirstToken != name.FirstToken
                && TokenText.Of(text, tokens[other.LastToken]).SequenceEqual(surname))
            {
                return true;
            }
        }

        return PlaceContext.Speaks(text, tokens, surname);
    }
}
