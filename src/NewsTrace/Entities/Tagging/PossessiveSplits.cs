using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Nicaragua's Supreme Electoral Council", "Germany's Foreign Ministry": the tagger sometimes runs a known place and the
/// body it owns into one name across the possessive. A name whose words before its "'s" are a known place is that place
/// and, after the possessive, the name it owns, typed by its head word ("High Street" a place, "Electoral Council" a body)
/// or else as the whole was. A known body or one headed as a body before the possessive, owning a body headed as one after
/// it, is split the same way into two bodies.
/// Known names with a possessive inside ("King's College London") are the lists' and keep their canonical form.
/// </summary>
internal static class PossessiveSplits
{
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var count = merged.Count;
        for (var k = 0; k < count; k++)
        {
            var name = merged[k];
            if (name.Canonical is not null || name.LastToken - name.FirstToken < 2)
            {
                continue;
            }

            var possessive = PossessiveInside(text, tokens, name);
            if (possessive < 0)
            {
                continue;
            }

            var owner = Gazetteer.Lookup.TryGetValue(TokenText.Join(text, tokens, name.FirstToken, possessive - 1), out var entry) ? entry : null;
            if (owner is { Type: EntityTypes.Geopolitical or EntityTypes.Location })
            {
                merged[k] = new NameCandidate(name.FirstToken, possessive - 1, owner.Type, owner.Canonical, NameEvidence.Strong);
                merged.Add(name with { FirstToken = possessive + 1, Type = OwnedType(text, tokens, name) });
                continue;
            }

            // "the State Department 's Diplomatic Security Service", "the Federal Reserve 's Open Market Committee": a body and
            // the body it owns, when the first is known or headed as a body and the second is headed as one.
            // A lone head word ("the Government's Witness Protection Program") is no body's name of its own.
            var loneHead = possessive - 1 == name.FirstToken && TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[name.FirstToken]);
            var ownerIsBody = !loneHead && (owner is { Type: EntityTypes.Organization } || TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[possessive - 1]));
            if (ownerIsBody && TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[name.LastToken]))
            {
                merged[k] = new NameCandidate(name.FirstToken, possessive - 1, EntityTypes.Organization, owner is { Type: EntityTypes.Organization } ? owner.Canonical : null, NameEvidence.Strong);
                merged.Add(name with { FirstToken = possessive + 1, Type = EntityTypes.Organization, Canonical = null });
            }
        }
    }

    /// <summary>The owned name's type by its head word ("... Street", "... County": a place; "... Council": a body), else the whole's.</summary>
    private static string OwnedType(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        var head = TokenText.Lower(text, tokens[name.LastToken]);
        return NameWords.LocationHeads.Contains(head) ? EntityTypes.Location
            : NameWords.OrganizationHeads.Contains(head) ? EntityTypes.Organization
            : name.Type;
    }

    /// <summary>The first "'s" inside the name, with words on both sides, or -1.</summary>
    private static int PossessiveInside(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        for (var i = name.FirstToken + 1; i < name.LastToken; i++)
        {
            if (TokenText.Of(text, tokens[i]) is "'s" or "\u2019s")
            {
                return i;
            }
        }

        return -1;
    }
}
