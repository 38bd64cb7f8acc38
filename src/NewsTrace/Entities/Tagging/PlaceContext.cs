using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Corrects single-word names the tagger read as people when the same document puts them where only places go:
/// "talks in Velgrad", "flew into Dorvan". A name it has never seen gets its type from the word's shape, and an
/// invented or rare town looks like a surname; the document's own usage is better evidence than the shape.
/// "to" and "from" are left out on purpose: "spoke to Kostandin" and "a letter from Velichko" name people.
/// </summary>
internal static class PlaceContext
{
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(["in", "into", "near", "across", "outside", "inside", "via", "towards"], StringComparer.OrdinalIgnoreCase);

    public static void Retype(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        HashSet<string>? places = null;
        for (var i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && TokenText.IsCapitalised(text, tokens[i])
                && Prepositions.Contains(TokenText.Of(text, tokens[i - 1]).ToString())
                && !IsPossessive(text, tokens, i))
            {
                (places ??= new HashSet<string>(StringComparer.Ordinal)).Add(TokenText.Of(text, tokens[i]).ToString());
            }
        }

        if (places is null)
        {
            return;
        }

        for (var k = 0; k < merged.Count; k++)
        {
            var candidate = merged[k];
            if (candidate.Type == EntityTypes.Person && candidate.Canonical is null && candidate.FirstToken == candidate.LastToken
                && places.Contains(TokenText.Of(text, tokens[candidate.FirstToken]).ToString()))
            {
                merged[k] = candidate with { Type = EntityTypes.Geopolitical };
            }
        }
    }

    /// <summary>"in Velichko's view" puts a person after "in".</summary>
    private static bool IsPossessive(string text, ImmutableArray<Token> tokens, int index)
        => TokenText.Of(text, tokens[index]).EndsWith("'s", StringComparison.Ordinal)
           || TokenText.Of(text, tokens[index]).EndsWith("’s", StringComparison.Ordinal)
           || (index + 1 < tokens.Length && tokens[index + 1].Start == tokens[index].End
               && (TokenText.Is(text, tokens[index + 1], "'s") || TokenText.Is(text, tokens[index + 1], "’s")));
}
