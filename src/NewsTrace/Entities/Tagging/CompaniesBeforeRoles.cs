using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Eurotunnel co-chairman Patrick Ponsolle", "Kalvero chief executive Ann Brody": one word no list knows, right before a
/// company office and a person's name, is the company, which the tagger took for a person or passed over, and so is the
/// same word read alone as a person elsewhere. Runs before <see cref="NamePropagation"/>, so unclaimed mentions follow. Not a given name, a place or person the
/// gazetteer knows, a word the document also writes in lower case ("Team president Ed Stefanski"), or the surname of someone
/// named in full ("Clinton spokesman" is no company office anyway).
/// </summary>
internal static class CompaniesBeforeRoles
{
    /// <summary>Offices of a company, not of a politician ("spokesman", "aide" serve people too).</summary>
    private static readonly WordSet Offices = FrozenSet.ToFrozenSet(
        ["chairman", "co-chairman", "chairwoman", "vice-chairman", "ceo", "president", "founder", "co-founder"], StringComparer.Ordinal);

    /// <summary>Words before an office that qualify it, capitalised where they open a sentence ("Former president ...").</summary>
    private static readonly WordSet OfficeModifiers = FrozenSet.ToFrozenSet(
        ["former", "acting", "interim", "new", "outgoing", "incoming", "then", "deputy", "vice", "executive", "honorary", "late",
         "current", "founding", "its", "their", "his", "her", "the", "a", "an", "company", "group", "party", "club"],
        StringComparer.OrdinalIgnoreCase);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, LowerCaseWordSet lowerCaseWords)
    {
        HashSet<string>? companies = null;
        var offices = Offices;
        for (var i = 0; i + 3 < tokens.Length; i++)
        {
            // The cheap test first: the lookup ran for every token of the document.
            if (tokens[i].Kind != TokenKind.Word || !TokenText.IsCapitalised(text, tokens[i]))
            {
                continue;
            }

            var office = OfficeAfter(text, tokens, i, offices);
            if (office < 0 || !IsPersonName(text, tokens, office + 1)
                || !TokenText.OnSameLine(text, tokens[i], tokens[office + 1]))
            {
                continue;
            }

            var existing = MergedNames.At(merged, i);
            if ((existing is { } name && (name.FirstToken != i || name.LastToken != i || name.Type is EntityTypes.Organization || name.Canonical is not null))
                || !IsUnknownWord(text, tokens, merged, i, lowerCaseWords))
            {
                continue;
            }

            // "ATP Tour chief executive Mark Miles": an acronym no name claims before the word opens the body's name.
            var first = i > 0 && TokenText.IsAcronym(text, tokens[i - 1]) && MergedNames.At(merged, i - 1) is null
                        && TokenText.OnSameLine(text, tokens[i - 1], tokens[i]) ? i - 1 : i;
            var company = new NameCandidate(first, i, EntityTypes.Organization, null, NameEvidence.Likely);
            if (existing is null)
            {
                merged.Add(company);
            }
            else
            {
                MergedNames.TryReplace(merged, company);
            }

            (companies ??= new HashSet<string>(StringComparer.Ordinal)).Add(TokenText.Of(text, tokens[i]).ToString());
        }

        if (companies is null)
        {
            return;
        }

        // "Eurotunnel said ..." before "Eurotunnel co-chairman ...": the same word alone elsewhere is the company too.
        var lookup = companies.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type == EntityTypes.Person && name.FirstToken == name.LastToken && name.Canonical is null && lookup.Contains(TokenText.Of(text, tokens[name.FirstToken])))
            {
                merged[k] = name with { Type = EntityTypes.Organization };
            }
        }
    }

    /// <summary>The last token of a company office right after token <paramref name="i"/> ("chairman", "chief executive"), or -1.</summary>
    private static int OfficeAfter(string text, ImmutableArray<Token> tokens, int i, WordSet offices)
    {
        var word = TokenText.Of(text, tokens[i + 1]);
        if (offices.Contains(word))
        {
            return i + 1;
        }

        var next = TokenText.Of(text, tokens[i + 2]);
        return (word is "chief" && next is "executive") || (word is "managing" && next is "director") ? i + 2 : -1;
    }

    /// <summary>Two capitalised words from <paramref name="first"/>, the first a given name the lists know or any word before a second.</summary>
    private static bool IsPersonName(string text, ImmutableArray<Token> tokens, int first)
        => first + 1 < tokens.Length && TokenText.IsCapitalised(text, tokens[first]) && TokenText.IsCapitalised(text, tokens[first + 1])
           && tokens[first].Kind == TokenKind.Word && tokens[first + 1].Kind == TokenKind.Word && TokenText.OnSameLine(text, tokens[first], tokens[first + 1]);

    private static bool IsUnknownWord(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int i, LowerCaseWordSet lowerCaseWords)
    {
        var word = TokenText.Of(text, tokens[i]);
        if (OfficeModifiers.Contains(word) || lowerCaseWords.Contains(TokenText.Lower(text, tokens[i]))
            || FirstNames.Contains(word) || Gazetteer.Entries.ContainsKey(word.ToString()) || !word.ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        foreach (var person in merged)
        {
            if (person.Type == EntityTypes.Person && person.LastToken > person.FirstToken && TokenText.Of(text, tokens[person.LastToken]).SequenceEqual(word))
            {
                return false;
            }
        }

        return true;
    }
}
