using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// A party is named in full once ("the Move Forward Party", "the ACT Party") and without its head word after that ("Move
/// Forward's plan", "an ACT spokesperson"). Those shorter names are added to the company stems (<see cref="CompanyStems"/>),
/// so that <see cref="NamePropagation"/> finds them where nothing claimed them and they take the full name as canonical.
/// Not a name left as political adjectives alone ("Social Democratic" of "Social Democratic Party", "Democratic"), which
/// describe people and votes too, nor a single word the lists know or the document writes in lower case.
/// </summary>
internal static class PartyStems
{
    public static void AddTo(Dictionary<string, (string Canonical, string FirstWord, int Words)> stems, string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, LowerCaseWordSet lowerCaseWords)
    {
        foreach (var name in merged)
        {
            if (name.Type != EntityTypes.Organization || name.LastToken == name.FirstToken || !TokenText.Is(text, tokens[name.LastToken], "Party"))
            {
                continue;
            }

            var last = name.LastToken - 1;
            var adjectivesOnly = true;
            for (var k = name.FirstToken; k <= last; k++)
            {
                if (!TokenText.IsCapitalised(text, tokens[k]))
                {
                    // "Party of the Democratic Revolution" ends elsewhere; "Bharatiya Janata Party" is written in capitals throughout.
                    last = -1;
                    break;
                }

                var word = TokenText.Of(text, tokens[k]);
                adjectivesOnly &= PartyNames.PoliticalAdjectives.Contains(word) || word is "New" or "People's" or "Peoples";
            }

            if (last < name.FirstToken || adjectivesOnly)
            {
                continue;
            }

            var firstWord = TokenText.Of(text, tokens[name.FirstToken]).ToString();
            if (last == name.FirstToken && !TokenText.IsAcronym(text, tokens[last])
                && (CompanyStems.IsCommonWord(firstWord) || lowerCaseWords.Contains(firstWord.ToLowerInvariant())))
            {
                continue;
            }

            var canonical = name.Canonical ?? TokenText.Join(text, tokens, name.FirstToken, name.LastToken);
            stems.TryAdd(TokenText.Join(text, tokens, name.FirstToken, last), (canonical, firstWord, last - name.FirstToken + 1));
        }
    }
}
