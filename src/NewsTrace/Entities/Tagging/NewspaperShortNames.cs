using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "told the Herald", "a report in the Times": a newspaper called by the last word of its title. Standing alone after
/// "the", that word looks to the tagger like a place or a person, but in news it is the paper.
/// </summary>
internal static class NewspaperShortNames
{
    private static readonly FrozenSet<string> TitleWords = FrozenSet.ToFrozenSet(
    [
        "Herald", "Times", "Post", "Journal", "Tribune", "Gazette", "Chronicle", "Telegraph", "Courier", "Globe", "Examiner",
        "Inquirer", "Observer", "Guardian", "Independent", "Mirror", "Sun", "Express", "Standard", "Monitor", "Bulletin",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = TitleWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            if (!TitleLookup.Contains(TokenText.Of(text, tokens[i])) || !TokenText.Of(text, tokens[i - 1]).SequenceEqual("the")
                || (i + 1 < tokens.Length && TokenText.IsCapitalised(text, tokens[i + 1]) && TokenText.OnSameLine(text, tokens[i], tokens[i + 1])))
            {
                continue;
            }

            // Only a name found there on its own is retyped; a longer name that holds the word ("the Herald Sun") is left alone.
            var k = merged.FindIndex(name => name.FirstToken == i && name.LastToken == i);
            if (k >= 0 && merged[k].Type is EntityTypes.Geopolitical or EntityTypes.Location or EntityTypes.Person)
            {
                merged[k] = merged[k] with { Type = EntityTypes.Organization, Canonical = null };
            }
        }
    }
}
