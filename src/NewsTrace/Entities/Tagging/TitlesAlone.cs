using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "The President said", "Undersecretary said": a capitalised title standing alone names an office, not a person's name
/// (CoNLL-2003 and MUC leave it unmarked; GUM, which marks it, was relabelled the same way for training). The tagger
/// still reads some of them as people; a one-word person that is a title word is dropped, unless it is the surname of a
/// person the document names in full ("John Major ... Major said").
/// </summary>
internal static class TitlesAlone
{
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = merged.Count - 1; k >= 0; k--)
        {
            var name = merged[k];
            if (name.Type != EntityTypes.Person || name.FirstToken != name.LastToken || name.Canonical is not null
                || !TokenText.LowerIn(NameWords.PersonTitles, text, tokens[name.FirstToken]) || IsSurname(text, tokens, merged, name.FirstToken))
            {
                continue;
            }

            merged.RemoveAt(k);
        }
    }

    private static bool IsSurname(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int i)
        => merged.Exists(other => other.Type == EntityTypes.Person && other.LastToken > other.FirstToken
                                  && TokenText.Of(text, tokens[other.LastToken]).SequenceEqual(TokenText.Of(text, tokens[i])));
}
