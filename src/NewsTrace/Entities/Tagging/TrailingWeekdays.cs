using System.Collections.Immutable;
using NewsTrace.Text;
using NewsTrace.Time;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "pleaded guilty, Anthony Phillip Lasalle Friday told the court": a weekday after a person's full name is when, not a
/// surname; it is cut from a name of three words or more ("Joe Friday" keeps his).
/// </summary>
internal static class TrailingWeekdays
{
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type == EntityTypes.Person && name.LastToken - name.FirstToken >= 2
                && TimeLexicon.Lookup(TokenText.Of(text, tokens[name.LastToken])).Is(TimeWordKinds.Weekday))
            {
                merged[k] = name with { LastToken = name.LastToken - 1, Canonical = null };
            }
        }
    }
}
