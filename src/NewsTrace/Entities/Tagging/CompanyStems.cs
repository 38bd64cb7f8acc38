using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// A company is named in full once ("Volkswagen AG", "Qantas Airways Ltd", "Toyota Motor Corp") and by its short name after
/// that ("Volkswagen said"). The short name alone has no organisation cue, so the tagger often calls it a place or a person;
/// here every name in the document written as the full name without its legal form (and without the line-of-business words
/// before that form) becomes the organisation. <see cref="NamePropagation"/> then finds the short names nothing claimed.
/// </summary>
internal static class CompanyStems
{
    /// <summary>The short names of the document's companies keyed by surface (<see cref="TokenText.Join"/>), with the company's full name and the short name's first word and length in tokens.</summary>
    public static Dictionary<string, (string Canonical, string FirstWord, int Words)> Find(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var stems = new Dictionary<string, (string Canonical, string FirstWord, int Words)>(StringComparer.Ordinal);
        var forms = NameWords.CompanyForms.GetAlternateLookup<ReadOnlySpan<char>>();
        var business = NameWords.CompanyBusinessWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var name in merged)
        {
            if (name.Type != EntityTypes.Organization || name.LastToken == name.FirstToken || !forms.Contains(TokenText.Of(text, tokens[name.LastToken])))
            {
                continue;
            }

            var canonical = name.Canonical ?? TokenText.Join(text, tokens, name.FirstToken, name.LastToken);
            var firstWord = TokenText.Of(text, tokens[name.FirstToken]).ToString();
            var last = name.LastToken - 1;
            stems.TryAdd(TokenText.Join(text, tokens, name.FirstToken, last), (canonical, firstWord, last - name.FirstToken + 1));
            while (last > name.FirstToken && business.Contains(TokenText.Of(text, tokens[last])))
            {
                last--;
                stems.TryAdd(TokenText.Join(text, tokens, name.FirstToken, last), (canonical, firstWord, last - name.FirstToken + 1));
            }
        }

        return stems;
    }

    /// <summary>Retypes the names written as a company's short name to that company.</summary>
    public static void Retype(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, Dictionary<string, (string Canonical, string FirstWord, int Words)> stems)
    {
        if (stems.Count == 0)
        {
            return;
        }

        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type != EntityTypes.Organization && stems.TryGetValue(TokenText.Join(text, tokens, name.FirstToken, name.LastToken), out var stem))
            {
                merged[k] = name with { Type = EntityTypes.Organization, Canonical = stem.Canonical };
            }
        }
    }
}
