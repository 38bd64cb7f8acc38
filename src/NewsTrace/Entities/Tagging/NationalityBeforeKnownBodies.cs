using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "the Shi'ite Hizbollah", "Afghan Taleban fighters": the tagger runs a nationality or a people into the known body after
/// it. Where the words after the first are a body the lists know, the first word is the nationality and the rest the body,
/// as the newswire convention marks them ("[NORP Shi'ite] [ORG Hizbollah]"); a body whose own name opens with a nationality
/// ("British Airways") is known whole and left alone, and so is a party or its members: "Democratic Party" after
/// "Indonesian" and "Democrats" after "Christian" are other parties than the ones the lists know; a national
/// Red Cross or Red Crescent society is one body.
/// </summary>
internal static class NationalityBeforeKnownBodies
{
    /// <summary>Movements whose national societies are named with the nationality ("the Iranian Red Crescent").</summary>
    private static readonly WordSet NationalChapters = System.Collections.Frozen.FrozenSet.ToFrozenSet(["Red Cross", "Red Crescent"], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var count = merged.Count;
        for (var k = 0; k < count; k++)
        {
            var name = merged[k];
            if (name.Canonical is not null || name.LastToken == name.FirstToken || name.Type == EntityTypes.Nationality
                || !Gazetteer.Lookup.TryGetValue(TokenText.Of(text, tokens[name.FirstToken]), out var nationality) || nationality.Type != EntityTypes.Nationality
                || TokenText.Join(text, tokens, name.FirstToken + 1, name.LastToken) is var rest && (!Gazetteer.Lookup.TryGetValue(rest, out var body)
                    || body.Type != EntityTypes.Organization || body.Canonical.Contains("Party", StringComparison.Ordinal) || NationalChapters.Contains(rest)))
            {
                continue;
            }

            merged[k] = new NameCandidate(name.FirstToken, name.FirstToken, EntityTypes.Nationality, nationality.Canonical, NameEvidence.Strong);
            merged.Add(new NameCandidate(name.FirstToken + 1, name.LastToken, EntityTypes.Organization, body.Canonical, NameEvidence.Strong));
        }
    }
}
