using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "The President said", "Undersecretary said": a capitalised title standing alone names an office, not a person's name
/// (CoNLL-2003 and MUC leave it unmarked; GUM, which marks it, was relabelled the same way for training). The tagger
/// still reads some of them as people (and "MP" or "CEO" as a body); a one-word person that is a title word or its plural,
/// or a one-word organisation that is a title in capitals, is dropped, unless it is the surname of a person the document
/// names in full ("John Major ... Major said"). A plural title read as people names a team ("the Chiefs"), an organisation.
/// </summary>
internal static class TitlesAlone
{
    /// <summary>Ranks that open an office's title and are no one's name.</summary>
    private static readonly WordSet RankWords = FrozenSet.ToFrozenSet(
        ["first", "second", "third", "deputy", "vice", "acting", "prime", "chief", "assistant", "executive", "interim", "associate"], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = merged.Count - 1; k >= 0; k--)
        {
            var name = merged[k];
            if (name.Type == EntityTypes.Person && name.Canonical is null && IsRanksOnly(text, tokens, name))
            {
                // "Second Prime Minister Hun Sen": the tagger's "Second Prime" is the rank of an office.
                merged.RemoveAt(k);
                continue;
            }

            if (name.Type is not (EntityTypes.Person or EntityTypes.Organization) || name.FirstToken != name.LastToken
                || (name.Type == EntityTypes.Organization && !IsCapitals(TokenText.Of(text, tokens[name.FirstToken]))) || name.Canonical is not null
                || !IsTitle(TokenText.Of(text, tokens[name.FirstToken])) || IsSurname(text, tokens, merged, name.FirstToken))
            {
                continue;
            }

            var word = TokenText.Of(text, tokens[name.FirstToken]);
            if (name.Type == EntityTypes.Person && !IsCapitals(word) && word.Length > 3 && word[^1] == 's' && !TokenText.LowerIn(NameWords.PersonTitles, text, tokens[name.FirstToken]))
            {
                // "the Chiefs", "the Saints", "the Senators": a plural title with a capital names a team, not people.
                merged[k] = name with { Type = EntityTypes.Organization };
                continue;
            }

            merged.RemoveAt(k);
        }
    }

    /// <summary>Every word of the name is a rank of an office ("Second Prime", "First Deputy", "Vice Chief").</summary>
    private static bool IsRanksOnly(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        for (var i = name.FirstToken; i <= name.LastToken; i++)
        {
            if (!TokenText.LowerIn(RankWords, text, tokens[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A title word, or its plural ("MPs", "Senators"), which names members of an office, not a person.</summary>
    internal static bool IsTitle(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 32)];
        if (word.Length > lower.Length)
        {
            return false;
        }

        word.ToLowerInvariant(lower);
        return NameWords.PersonTitles.Contains(lower) || (lower.Length > 2 && lower[^1] == 's' && NameWords.PersonTitles.Contains(lower[..^1]));
    }

    /// <summary>"MP", "MPs", "CEO": capitals, with a plural "s" allowed.</summary>
    internal static bool IsCapitals(ReadOnlySpan<char> word)
    {
        var letters = word.Length > 2 && word[^1] == 's' ? word[..^1] : word;
        foreach (var c in letters)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return letters.Length > 1;
    }

    private static bool IsSurname(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int i)
        => merged.Exists(other => other.Type == EntityTypes.Person && other.LastToken > other.FirstToken
                                  && TokenText.Of(text, tokens[other.LastToken]).SequenceEqual(TokenText.Of(text, tokens[i])));
}
