using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>Token tests shared by the passes that read sports results lines (ranked lists, scorers, scorecards).</summary>
internal static class SportsLineTokens
{

    /// <summary>A score, time, distance or figures token: "2", "1:57.38", "10-2-35-3", "9.97".</summary>
    public static bool IsFigure(string text, Token token) => token.Kind == TokenKind.Number || char.IsAsciiDigit(text[token.Start]);

    /// <summary>A word of a name: capitalised ("Kirsten", "G.", "McGrath").</summary>
    public static bool IsNameWord(string text, Token token) => TokenText.IsCapitalised(text, token);

    /// <summary>A lower-case surname particle ("van", "de").</summary>
    public static bool IsParticle(string text, Token token) => NameWords.SurnameParticles.Contains(TokenText.Of(text, token));

    /// <summary>The last token of the name that starts at <paramref name="first"/> (particles only between capitalised words), or -1.</summary>
    public static int NameEnd(string text, ImmutableArray<Token> tokens, int first, int to)
    {
        if (first >= to || !IsNameWord(text, tokens[first]))
        {
            return -1;
        }

        var last = first;
        var i = first + 1;
        while (i < to && i - first < 6)
        {
            if (IsNameWord(text, tokens[i]))
            {
                last = i++;
                continue;
            }

            if (NameWords.SurnameParticles.Contains(TokenText.Of(text, tokens[i])))
            {
                i++;
                continue;
            }

            break;
        }

        return last;
    }

    /// <summary>The first token of the name that ends at <paramref name="last"/>, or -1.</summary>
    public static int NameStart(string text, ImmutableArray<Token> tokens, int last, int from)
    {
        if (last < from || !IsNameWord(text, tokens[last]))
        {
            return -1;
        }

        var first = last;
        var i = last - 1;
        while (i >= from && last - i < 6)
        {
            if (IsNameWord(text, tokens[i]))
            {
                first = i--;
                continue;
            }

            // "van der Merwe": a run of particles, with a capitalised word before it.
            var j = i;
            while (j > from && i - j < 3 && NameWords.SurnameParticles.Contains(TokenText.Of(text, tokens[j])))
            {
                j--;
            }

            if (j < i && IsNameWord(text, tokens[j]))
            {
                i = j;
                continue;
            }

            break;
        }

        return first;
    }

    /// <summary>True when the words are a country or home nation ("U.S.", "Czech Republic", "Scotland").</summary>
    public static bool IsCountry(string text, ImmutableArray<Token> tokens, int first, int last)
        => SportsTeams.IsNationalSide(TokenText.Join(text, tokens, first, last));

    /// <summary>
    /// True when the words are known as something other than a person: a place or organisation the lists know, a club, or a
    /// name with an organisation head or legal form ("Vantor Holdings").
    /// </summary>
    public static bool IsKnownNonPerson(string text, ImmutableArray<Token> tokens, int first, int last)
    {
        var surface = TokenText.Join(text, tokens, first, last);
        if ((Gazetteer.Entries.TryGetValue(surface, out var entry) && entry.Type != EntityTypes.Person) || SportsTeams.Clubs.Contains(surface))
        {
            return true;
        }

        return HoldsBodyWord(text, tokens, first, last);
    }

    /// <summary>Whether a word of the name is an organisation's head word or a company form ("Sussex County Cricket Club"): never a player.</summary>
    public static bool HoldsBodyWord(string text, ImmutableArray<Token> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var word = TokenText.Lower(text, tokens[i]);
            if (NameWords.OrganizationHeads.Contains(word) || NameWords.CompanyForms.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Puts <paramref name="type"/> on the tokens, replacing every name that overlaps them.</summary>
    public static void Retype(List<NameCandidate> merged, int first, int last, string type)
    {
        merged.RemoveAll(name => name.FirstToken <= last && name.LastToken >= first);
        merged.Add(new NameCandidate(first, last, type, null, NameEvidence.Strong));
    }
}
