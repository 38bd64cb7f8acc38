using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Eugene de Kock ... the judge said de Kock had ...": once the document has named a person in full with a particle in the
/// surname, the surname alone keeps its particle ("de Kock", "van der Merwe"), which the tagger leaves out because it
/// starts with a lower-case word. Only particles the document wrote inside that person's full name are taken.
/// </summary>
internal static class ParticleSurnames
{
    private const int MaxParticles = 3;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = NameWords.SurnameParticles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Extend(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int[] owner)
    {
        HashSet<string>? surnames = null;
        foreach (var name in merged)
        {
            if (name.Type != EntityTypes.Person)
            {
                continue;
            }

            for (var m = name.FirstToken + 1; m < name.LastToken; m++)
            {
                if (ParticleLookup.Contains(TokenText.Of(text, tokens[m])))
                {
                    (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(TokenText.Join(text, tokens, m, name.LastToken));
                    break;
                }
            }
        }

        if (surnames is null)
        {
            return;
        }

        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type != EntityTypes.Person)
            {
                continue;
            }

            var start = name.FirstToken;
            for (var j = name.FirstToken - 1; j >= 0 && name.FirstToken - j <= MaxParticles && owner[j] < 0 && ParticleLookup.Contains(TokenText.Of(text, tokens[j])); j--)
            {
                if (surnames.Contains(TokenText.Join(text, tokens, j, name.LastToken)))
                {
                    start = j;
                }
            }

            if (start < name.FirstToken)
            {
                owner.AsSpan(start, name.FirstToken - start).Fill(k);
                merged[k] = name with { FirstToken = start, Canonical = null };
            }
        }
    }
}
