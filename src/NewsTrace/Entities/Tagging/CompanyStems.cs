using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// A company is named in full once ("Volkswagen AG", "Qantas Airways Ltd", "Toyota Motor Corp") and by its short name after
/// that ("Volkswagen said"). The short name alone has no organisation cue, so the tagger often calls it a place or a person;
/// here every name in the document written as the full name without its legal form (and without the line-of-business words
/// before that form) becomes the organisation, and so does a name that ends in a line of business without a legal form
/// ("Corvane" of "Corvane Pharmaceuticals") unless its first word is known or common ("Gulf Oil"). Two more short names count: the first word of a two-word organisation
/// whose first word is no common or known word ("Elf" of "Elf Aquitaine"), and the part of a hyphenated first word before
/// its hyphen ("Ciba" of "Ciba-Geigy AG"). <see cref="NamePropagation"/> then finds the short names nothing claimed.
/// </summary>
internal static class CompanyStems
{
    /// <summary>The short names of the document's companies keyed by surface (<see cref="TokenText.Join"/>), with the company's full name and the short name's first word and length in tokens.</summary>
    public static Dictionary<string, (string Canonical, string FirstWord, int Words)> Find(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, LowerCaseWordSet lowerCaseWords)
    {
        var stems = new Dictionary<string, (string Canonical, string FirstWord, int Words)>(StringComparer.Ordinal);
        var forms = NameWords.CompanyForms;
        var business = NameWords.CompanyBusinessWords;
        foreach (var name in merged)
        {
            if (name.Type != EntityTypes.Organization || name.LastToken == name.FirstToken)
            {
                continue;
            }

            var firstSpan = TokenText.Of(text, tokens[name.FirstToken]);
            if (firstSpan.IndexOf('-') > 0 && HyphenHead(firstSpan.ToString()) is { } head && !IsCommonWord(head))
            {
                // "Ciba-Geigy AG ... Ciba shares rose".
                stems.TryAdd(head, (CanonicalOf(text, tokens, name), head, 1));
            }

            // "Corvane Pharmaceuticals ... Corvane said": a line of business closes the name as a legal form does.
            var legalForm = forms.Contains(TokenText.Of(text, tokens[name.LastToken]));
            if (!legalForm && !business.Contains(TokenText.Of(text, tokens[name.LastToken])))
            {
                // "Elf Aquitaine ... Elf said": a two-word name whose first word is nothing else the lists know, of a company
                // the text calls one ("shares of Elf Aquitaine"; not "the Britney Spears story"), and not a word the
                // document also writes in lower case ("Magic Live" ... "magic"). Cheapest tests first: this runs per name.
                if (name.LastToken == name.FirstToken + 1 && name.Canonical is null && HasCompanyCue(text, tokens, name.FirstToken)
                    && firstSpan.ToString() is var shortName && !IsCommonWord(shortName)
                    && !TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[name.LastToken])
                    && !lowerCaseWords.Contains(shortName.ToLowerInvariant()))
                {
                    stems.TryAdd(shortName, (CanonicalOf(text, tokens, name), shortName, 1));
                }
                else if (IsAmpersandFirm(text, tokens, name) && name.Canonical is null && firstSpan.ToString() is var firmName && !IsCommonWord(firmName)
                         && !lowerCaseWords.Contains(firmName.ToLowerInvariant()) && OccursApart(text, tokens, name, firstSpan))
                {
                    // "Meramec Power & Light ... Meramec will recover": the first word of a utility-style name, whose ampersand
                    // joins two later words, is its short name ("Johnson & Johnson", joined right after it, is not).
                    stems.TryAdd(firmName, (CanonicalOf(text, tokens, name), firmName, 1));
                }

                continue;
            }

            // Without a legal form, only a first word the story also writes apart from the name is worth a stem (no
            // allocation for the rest: this runs per name).
            if (!legalForm && (name.Canonical is not null || !OccursApart(text, tokens, name, firstSpan)))
            {
                continue;
            }

            var canonical = CanonicalOf(text, tokens, name);
            var firstWord = firstSpan.ToString();
            var last = legalForm ? name.LastToken - 1 : name.LastToken;
            if (legalForm)
            {
                stems.TryAdd(TokenText.Join(text, tokens, name.FirstToken, last), (canonical, firstWord, last - name.FirstToken + 1));
            }
            else if (IsCommonWord(firstWord) || lowerCaseWords.Contains(firstWord.ToLowerInvariant()))
            {
                // "Gulf Oil", "British Steel", "General Electric": without a legal form, a known or common first word is no short name.
                continue;
            }

            while (last > name.FirstToken && business.Contains(TokenText.Of(text, tokens[last])))
            {
                last--;
                if (last == name.FirstToken && IsCommonWord(firstWord))
                {
                    // "Taiwan Semiconductor Manufacturing Co": a country or other known word left alone is no short name.
                    break;
                }

                stems.TryAdd(TokenText.Join(text, tokens, name.FirstToken, last), (canonical, firstWord, last - name.FirstToken + 1));
            }
        }

        return stems;
    }

    /// <summary>Whether <paramref name="word"/> occurs in the text before or after the name's tokens.</summary>
    private static bool OccursApart(string text, ImmutableArray<Token> tokens, NameCandidate name, ReadOnlySpan<char> word)
        => text.AsSpan(0, tokens[name.FirstToken].Start).IndexOf(word, StringComparison.Ordinal) >= 0
           || text.AsSpan(tokens[name.LastToken].End).IndexOf(word, StringComparison.Ordinal) >= 0;

    /// <summary>A name of three words or more whose "&amp;" stands after its second word ("Meramec Power &amp; Light").</summary>
    private static bool IsAmpersandFirm(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        for (var k = name.FirstToken + 2; k < name.LastToken; k++)
        {
            if (TokenText.Is(text, tokens[k], "&"))
            {
                return true;
            }
        }

        return false;
    }

    private static string CanonicalOf(string text, ImmutableArray<Token> tokens, NameCandidate name)
        => name.Canonical ?? TokenText.Join(text, tokens, name.FirstToken, name.LastToken);

    /// <summary>A word before the name that says it is a company: "shares of Elf Aquitaine", "French oil group Elf Aquitaine".</summary>
    private static bool HasCompanyCue(string text, ImmutableArray<Token> tokens, int first)
    {
        for (var i = Math.Max(0, first - 3); i < first; i++)
        {
            if (CompanyCues.Contains(TokenText.Of(text, tokens[i])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet CompanyCues = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "shares", "stake", "stock", "company", "firm", "group", "maker", "carmaker", "drugmaker", "airline", "carrier", "bank",
        "insurer", "retailer", "giant", "conglomerate", "subsidiary", "unit", "rival", "takeover", "bid", "chemicals", "oil",
        "telecoms", "utility", "brewer", "publisher", "operator", "manufacturer", "producer",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>"Ciba" of "Ciba-Geigy": the part before a hyphen joining two capitalised parts, or null.</summary>
    private static string? HyphenHead(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen >= 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && char.IsUpper(word[0]) ? word[..hyphen] : null;
    }

    /// <summary>A word that stands for more than one organisation: a known name, a given name, a title, an organisation word.</summary>
    internal static bool IsCommonWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return word.Length < 3 || Gazetteer.Entries.ContainsKey(word) || FirstNames.Contains(word) || NameWords.NotNames.Contains(lower)
               || NameWords.PersonTitles.Contains(lower) || NameWords.OrganizationHeads.Contains(lower) || NameWords.LocationHeads.Contains(lower)
               || CommonFirstWords.Contains(word);
    }

    /// <summary>Words that open many organisations' names ("National Grid", "United Technologies", "Royal Dutch").</summary>
    private static readonly WordSet CommonFirstWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "National", "United", "General", "Royal", "International", "American", "British", "Deutsche", "Banco", "Banque", "First",
        "New", "Great", "Standard", "Central", "Federal", "Union", "Grupo", "Credit", "Societe", "Compagnie", "Air", "China",
        "Japan", "Korea", "Indian", "Pacific", "Atlantic", "Northern", "Southern", "Eastern", "Western", "North", "South", "East",
        "West", "Global", "World", "Continental", "Metropolitan", "Independent", "Democratic", "Socialist", "People's", "Islamic",
    ], StringComparer.Ordinal);

    /// <summary>Retypes the names written as a company's or a party's short name to that body, with its full name as canonical.</summary>
    public static void Retype(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, Dictionary<string, (string Canonical, string FirstWord, int Words)> stems)
    {
        if (stems.Count == 0)
        {
            return;
        }

        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            // An organisation found under its short name on its own ("Move Forward said") takes the full name too.
            if ((name.Type != EntityTypes.Organization || name.Canonical is null) && stems.TryGetValue(TokenText.Join(text, tokens, name.FirstToken, name.LastToken), out var stem))
            {
                merged[k] = name with { Type = EntityTypes.Organization, Canonical = stem.Canonical };
            }
        }
    }
}
