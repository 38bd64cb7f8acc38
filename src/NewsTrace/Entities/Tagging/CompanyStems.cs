using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// A company is named in full once ("Volkswagen AG", "Qantas Airways Ltd", "Toyota Motor Corp") and by its short name after
/// that ("Volkswagen said"). The short name alone has no organisation cue, so the tagger often calls it a place or a person;
/// here every name in the document written as the full name without its legal form (and without the line-of-business words
/// before that form) becomes the organisation. Two more short names count: the first word of a two-word organisation
/// whose first word is no common or known word ("Elf" of "Elf Aquitaine"), and the part of a hyphenated first word before
/// its hyphen ("Ciba" of "Ciba-Geigy AG"). <see cref="NamePropagation"/> then finds the short names nothing claimed.
/// </summary>
internal static class CompanyStems
{
    /// <summary>The short names of the document's companies keyed by surface (<see cref="TokenText.Join"/>), with the company's full name and the short name's first word and length in tokens.</summary>
    public static Dictionary<string, (string Canonical, string FirstWord, int Words)> Find(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var stems = new Dictionary<string, (string Canonical, string FirstWord, int Words)>(StringComparer.Ordinal);
        var forms = NameWords.CompanyForms.GetAlternateLookup<ReadOnlySpan<char>>();
        var business = NameWords.CompanyBusinessWords.GetAlternateLookup<ReadOnlySpan<char>>();
        HashSet<string>? lowerCaseWords = null;
        foreach (var name in merged)
        {
            if (name.Type != EntityTypes.Organization || name.LastToken == name.FirstToken)
            {
                continue;
            }

            var canonical = name.Canonical ?? TokenText.Join(text, tokens, name.FirstToken, name.LastToken);
            var firstWord = TokenText.Of(text, tokens[name.FirstToken]).ToString();
            if (HyphenHead(firstWord) is { } head && !IsCommonWord(head))
            {
                // "Ciba-Geigy AG ... Ciba shares rose".
                stems.TryAdd(head, (canonical, head, 1));
            }

            if (!forms.Contains(TokenText.Of(text, tokens[name.LastToken])))
            {
                // "Elf Aquitaine ... Elf said": a two-word name whose first word is nothing else the lists know.
                if (name.LastToken == name.FirstToken + 1 && name.Canonical is null && !IsCommonWord(firstWord)
                    && !NameWords.OrganizationHeads.Contains(TokenText.Lower(text, tokens[name.LastToken])))
                {
                    // Only a company the text calls one ("shares of Elf Aquitaine"; not "the Britney Spears story"), and not a
                    // word the document also writes in lower case ("Magic Live" ... "magic").
                    lowerCaseWords ??= DocumentWords.LowerCase(text, tokens);
                    if (HasCompanyCue(text, tokens, name.FirstToken) && !lowerCaseWords.Contains(firstWord.ToLowerInvariant()))
                    {
                        stems.TryAdd(firstWord, (canonical, firstWord, 1));
                    }
                }

                continue;
            }

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

    /// <summary>A word before the name that says it is a company: "shares of Elf Aquitaine", "French oil group Elf Aquitaine".</summary>
    private static bool HasCompanyCue(string text, ImmutableArray<Token> tokens, int first)
    {
        for (var i = Math.Max(0, first - 3); i < first; i++)
        {
            if (CompanyCues.Contains(TokenText.Lower(text, tokens[i])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> CompanyCues = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "shares", "stake", "stock", "company", "firm", "group", "maker", "carmaker", "drugmaker", "airline", "carrier", "bank",
        "insurer", "retailer", "giant", "conglomerate", "subsidiary", "unit", "rival", "takeover", "bid", "chemicals", "oil",
        "telecoms", "utility", "brewer", "publisher", "operator", "manufacturer", "producer",
    ], StringComparer.Ordinal);

    /// <summary>"Ciba" of "Ciba-Geigy": the part before a hyphen joining two capitalised parts, or null.</summary>
    private static string? HyphenHead(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen >= 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && char.IsUpper(word[0]) ? word[..hyphen] : null;
    }

    /// <summary>A word that stands for more than one organisation: a known name, a given name, a title, an organisation word.</summary>
    private static bool IsCommonWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return word.Length < 3 || Gazetteer.Entries.ContainsKey(word) || FirstNames.Contains(word) || NameWords.NotNames.Contains(lower)
               || NameWords.PersonTitles.Contains(lower) || NameWords.OrganizationHeads.Contains(lower) || NameWords.LocationHeads.Contains(lower)
               || CommonFirstWords.Contains(word);
    }

    /// <summary>Words that open many organisations' names ("National Grid", "United Technologies", "Royal Dutch").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> CommonFirstWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "National", "United", "General", "Royal", "International", "American", "British", "Deutsche", "Banco", "Banque", "First",
        "New", "Great", "Standard", "Central", "Federal", "Union", "Grupo", "Credit", "Societe", "Compagnie", "Air", "China",
        "Japan", "Korea", "Indian", "Pacific", "Atlantic", "Northern", "Southern", "Eastern", "Western", "North", "South", "East",
        "West", "Global", "World", "Continental", "Metropolitan", "Independent", "Democratic", "Socialist", "People's", "Islamic",
    ], StringComparer.Ordinal);

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
