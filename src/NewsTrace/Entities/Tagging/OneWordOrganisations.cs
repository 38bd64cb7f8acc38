using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "the Ghana Cocoa Board ( Cocobod ) ... Cocobod said on Friday": a one-word name the document has already shown to be an
/// organisation (in brackets after its full name, after "cement maker", with shares moving, or as the name before a
/// body's head word: "Reform" of "the Reform Party") is that organisation where
/// the tagger read it alone as a person ("Cocobod said" looks like a surname and a cue). Not where the document names a
/// person of two words or more holding that word ("Ford" beside "Gerald Ford"), nor a person the lists know.
/// </summary>
internal static class OneWordOrganisations
{
    /// <summary>
    /// Heads of parties and movements, whose name alone stands for them ("Reform", "Likud"); not of police forces, councils
    /// or departments, whose first word is most often a place ("Staunton Police").
    /// </summary>
    private static readonly WordSet MovementHeads = FrozenSet.ToFrozenSet(["party", "alliance", "movement", "front", "league", "coalition", "bloc"], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        HashSet<string>? organisations = null;
        var lonePeople = false;
        foreach (var name in merged)
        {
            // "the Reform group chair" after "the Reform Party": a body of a name and its head word is called by the name too.
            if (name.Type == EntityTypes.Organization && name.LastToken == name.FirstToken + 1 && TokenText.IsCapitalised(text, tokens[name.FirstToken])
                && !TokenText.IsAcronym(text, tokens[name.FirstToken]) && TokenText.LowerIn(MovementHeads, text, tokens[name.LastToken]))
            {
                (organisations ??= new HashSet<string>(StringComparer.Ordinal)).Add(TokenText.Of(text, tokens[name.FirstToken]).ToString());
                continue;
            }

            if (name.FirstToken != name.LastToken)
            {
                continue;
            }

            if (name.Type == EntityTypes.Organization)
            {
                (organisations ??= new HashSet<string>(StringComparer.Ordinal)).Add(TokenText.Of(text, tokens[name.FirstToken]).ToString());
            }
            else if (name.Type == EntityTypes.Person && name.Canonical is null)
            {
                lonePeople = true;
            }
        }

        if (organisations is null || !lonePeople)
        {
            return;
        }

        // Words of the document's longer people's names are people's words, whatever else the document calls an organisation.
        foreach (var name in merged)
        {
            if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken)
            {
                for (var i = name.FirstToken; i <= name.LastToken; i++)
                {
                    organisations.Remove(TokenText.Of(text, tokens[i]).ToString());
                }
            }
        }

        var lookup = organisations.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type == EntityTypes.Person && name.Canonical is null && name.FirstToken == name.LastToken
                && lookup.Contains(TokenText.Of(text, tokens[name.FirstToken])))
            {
                merged[k] = name with { Type = EntityTypes.Organization };
            }
        }
    }
}
