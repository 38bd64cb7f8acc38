using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Reports and papers cite their sources by surname: "Ferrand's (1971) scheme", "Haldor and Venn (1981)", "(Tarvik et al.,
/// 2005; Olden, Brask, &amp; Tarvik, 2009)", "Marlowe &amp; Quenby [7]". A lone unknown surname reads as anything to the
/// tagger ("Marlowe" as a town), but the citation says it is a person. The surnames of a citation are people, and so is
/// every lone mention of those words in the document. Sure citations: two or more authors, "et al.", a possessive, or a
/// list in brackets with its year. A single name before a year in brackets ("Santos (1989)") is written like a film or a
/// book ("Titanic (1997)"), so it counts only in a text with a sure citation elsewhere; a numbered note ("[7]") follows any
/// word in a wiki text, so only a list of authors or "et al." before one counts. Known names (places, bodies) and words
/// with an organisation's or a place's head are never authors.
/// </summary>
internal static class Citations
{
    private const int MaxAuthors = 8;
    private const int FirstYear = 1800;
    private const int LastYear = 2099;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int[] owner)
    {
        HashSet<string>? authors = null;
        HashSet<string>? weakAuthors = null;
        for (var i = 1; i < tokens.Length; i++)
        {
            var before = TokenText.Of(text, tokens[i - 1]);
            if (IsYear(text, tokens[i]) && before is "(" or ",")
            {
                // "(Santos, 1989)": the list must open a bracket or follow ";". "Santos (1989)" alone is weak: a film or
                // a book is written so too ("Titanic (1997)").
                if (!AddAuthors(text, tokens, i - 2, minimumAuthors: before is "," ? 1 : 2, requireListStart: before is ",", ref authors) && before is "(")
                {
                    AddAuthors(text, tokens, i - 2, minimumAuthors: 1, requireListStart: false, ref weakAuthors);
                }
            }
            else if (before is "[" && tokens[i].Kind == TokenKind.Number && tokens[i].Length <= 3 && i + 1 < tokens.Length && TokenText.Of(text, tokens[i + 1]) is "]")
            {
                AddAuthors(text, tokens, i - 2, minimumAuthors: 2, requireListStart: false, ref authors);
            }
        }

        // A lone name before a year counts in a text that cites for sure elsewhere.
        if (authors is null)
        {
            return;
        }

        if (weakAuthors is not null)
        {
            authors.UnionWith(weakAuthors);
        }

        var lookup = authors.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.FirstToken == name.LastToken && name.Type != EntityTypes.Person && lookup.Contains(TokenText.Of(text, tokens[name.FirstToken])))
            {
                merged[k] = new NameCandidate(name.FirstToken, name.LastToken, EntityTypes.Person, null, NameEvidence.Strong);
            }
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (owner[i] < 0 && tokens[i].Kind == TokenKind.Word && lookup.Contains(TokenText.Of(text, tokens[i])))
            {
                owner[i] = merged.Count;
                merged.Add(new NameCandidate(i, i, EntityTypes.Person, null, NameEvidence.Strong));
            }
        }
    }

    /// <summary>Reads the authors backwards from <paramref name="end"/>: "Haldor and Venn", "Olden, Brask, &amp; Tarvik", "Tarvik et al.", "Ferrand's".</summary>
    private static bool AddAuthors(string text, ImmutableArray<Token> tokens, int end, int minimumAuthors, bool requireListStart, ref HashSet<string>? authors)
    {
        var k = end;
        if (k >= 0 && TokenText.Of(text, tokens[k]) is "'s" or "\u2019s" or "'" or "\u2019")
        {
            // "Ferrand's (1971) scheme": a possessive before a year is a citation.
            minimumAuthors = 1;
            k--;
        }

        var etAl = false;
        if (k >= 1 && TokenText.Of(text, tokens[k]) is "al." or "al" && TokenText.Of(text, tokens[k - 1]) is "et")
        {
            etAl = true;
            k -= 2;
        }

        Span<int> found = stackalloc int[MaxAuthors];
        var count = 0;
        while (k >= 0 && count < MaxAuthors && IsAuthor(text, tokens[k]))
        {
            found[count++] = k;
            var joiner = k - 1;
            while (joiner >= 0 && TokenText.Of(text, tokens[joiner]) is "," or "&" or "and" or "&amp;")
            {
                joiner--;
            }

            if (joiner == k - 1)
            {
                k = joiner;
                break;
            }

            k = joiner;
        }

        if (count == 0 || (count < minimumAuthors && !etAl))
        {
            return false;
        }

        // The run must start the citation: a bracket, a ";" between citations, or running text (a lower-case word).
        if (k >= 0 && IsCapitalisedWord(text, tokens[k]))
        {
            return false;
        }

        if (requireListStart && (k < 0 || TokenText.Of(text, tokens[k]) is not ("(" or ";" or "[")))
        {
            return false;
        }

        authors ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in found[..count])
        {
            authors.Add(TokenText.Of(text, tokens[index]).ToString());
        }

        return true;
    }

    private static bool IsAuthor(string text, Token token)
    {
        if (!IsCapitalisedWord(text, token) || token.Length < 2 || TokenText.IsAcronym(text, token))
        {
            return false;
        }

        var word = TokenText.Of(text, token);
        var lower = word.ToString().ToLowerInvariant();
        return !Gazetteer.Lookup.ContainsKey(word) && !NameWords.NotNames.Contains(lower) && !NameWords.OrganizationHeads.Contains(lower)
               && !NameWords.LocationHeads.Contains(lower) && !NameWords.PersonTitles.Contains(lower);
    }

    private static bool IsCapitalisedWord(string text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    private static bool IsYear(string text, Token token)
        => token.Kind == TokenKind.Number && token.Length == 4 && int.TryParse(TokenText.Of(text, token), out var year) && year is >= FirstYear and <= LastYear;
}
