using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Christian Vieri", "Christian Karembeu": a given name that is also a group word is read as the group ("Christian
/// Democrats", "Christian Aid") and the surname after it as a lone name or a company. Followed by one capitalised word that
/// is no known name, plural or organisation word, it is the person's first name.
/// </summary>
internal static class GivenNameGroupWords
{
    private static readonly WordSet Names = FrozenSet.ToFrozenSet(["Christian"], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            var first = name.FirstToken;
            if (!Names.Contains(TokenText.Of(text, tokens[first])) || name.LastToken > first + 1
                || (name.Type == EntityTypes.Person && name.LastToken == first + 1))
            {
                continue;
            }

            var surname = first + 1;
            if (surname >= tokens.Length || !TokenText.OnSameLine(text, tokens[first], tokens[surname]) || !IsSurname(text, tokens, surname))
            {
                continue;
            }

            var next = surname + 1;
            if (next < tokens.Length && TokenText.OnSameLine(text, tokens[surname], tokens[next]) && TokenText.IsCapitalised(text, tokens[next]))
            {
                continue;
            }

            // Removing names shifts the indices of the rest: start again (the person added is skipped above).
            RemoveOverlapping(merged, first, surname);
            merged.Add(new NameCandidate(first, surname, EntityTypes.Person, null, NameEvidence.Strong));
            k = -1;
        }
    }

    /// <summary>Removes the names overlapping <paramref name="first"/>..<paramref name="last"/>; a lambda in the loop above cost a closure for every name.</summary>
    private static void RemoveOverlapping(List<NameCandidate> merged, int first, int last)
        => merged.RemoveAll(other => other.FirstToken <= last && other.LastToken >= first);

    private static bool IsSurname(string text, ImmutableArray<Token> tokens, int i)
    {
        var word = TokenText.Of(text, tokens[i]);
        return tokens[i].Kind == TokenKind.Word && TokenText.IsCapitalised(text, tokens[i]) && !TokenText.IsAcronym(text, tokens[i])
               && word[^1] != 's' && !Gazetteer.Lookup.ContainsKey(word) && !TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[i])
               && !TokenText.LowerIn(NameWords.LocationHeads, text, tokens[i]);
    }
}
