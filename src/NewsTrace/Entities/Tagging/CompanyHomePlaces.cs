using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// A company's home place written after its name and "of" ("Tamura Metals Corp of Japan", "Crosswind Energy Partners of
/// Omaha") is a place of its own, not part of the company: a part of <see cref="OrganisationJoins"/>.
/// </summary>
internal static class CompanyHomePlaces
{
    /// <summary>
    /// "Tamura Metals Corp of Japan", "Royal Nedlloyd NV of the Netherlands": the country or place after a legal form and
    /// "of" (and "the") is not part of the company, and a second company after that place and "and" is a name of its own
    /// ("Harwell Shipping Ltd of Britain and Royal Vandermeer NV of the Netherlands"), itself split when the loop reaches it.
    /// A name that ends in a legal form too is one legal name ("Anglo American Corp of South Africa Ltd").
    /// </summary>
    public static void Split(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int k, WordSet forms)
    {
        var name = merged[k];
        if (name.Type != EntityTypes.Organization || forms.Contains(TokenText.Of(text, tokens[name.LastToken])))
        {
            return;
        }

        for (var of = name.FirstToken + 1; of < name.LastToken; of++)
        {
            if (!TokenText.Is(text, tokens[of], "of") || !char.IsUpper(text[tokens[of - 1].Start]))
            {
                continue;
            }

            // "Crosswind Energy Partners of Omaha": after a line of business (two words or more before "of", so "Bank of
            // America" and "Royal Bank of Canada" keep theirs: "bank" is no such word), only a place the gazetteer knows ends it.
            var legalForm = forms.Contains(TokenText.Of(text, tokens[of - 1]));
            if (!legalForm && !(of - name.FirstToken >= 2 && NameWords.CompanyBusinessWords.Contains(TokenText.Of(text, tokens[of - 1]))))
            {
                continue;
            }

            var first = TokenText.Is(text, tokens[of + 1], "the") ? of + 2 : of + 1;
            var end = KnownPlaceEnd(text, tokens, first, name.LastToken, out var place);
            var (type, canonical) = end < 0 ? (EntityTypes.Geopolitical, null) : (place.Type, place.Canonical);
            // "Red Mesa Water Services of Midland": one word closing the name after a line of business is its home town too,
            // though the gazetteer does not know it, when it is no head word of a body of its own.
            if (end < 0 && !legalForm && first == name.LastToken && first == of + 1 && IsTownLike(text, tokens[first]))
            {
                end = first;
            }

            if (end < 0 && !legalForm)
            {
                return;
            }

            if (end < 0)
            {
                // "Netscape Communications Corp of Mountain View": a place the gazetteer does not know is still the place.
                end = AndBefore(text, tokens, first, name.LastToken) - 1;
            }

            if (end < first || (end < name.LastToken && !(end + 2 <= name.LastToken && TokenText.Is(text, tokens[end + 1], "and") && char.IsUpper(text[tokens[end + 2].Start]))))
            {
                return;
            }

            merged[k] = name with { LastToken = of - 1, Canonical = null };
            merged.Insert(k + 1, new NameCandidate(first, end, type, canonical, NameEvidence.Strong));
            if (end < name.LastToken)
            {
                merged.Add(name with { FirstToken = end + 2, Canonical = null });
            }

            return;
        }
    }

    /// <summary>A capitalised word of letters, the rest in lower case, that heads no body ("Midland", not "Commerce" or "America's").</summary>
    private static bool IsTownLike(string text, Token token)
    {
        var word = TokenText.Of(text, token);
        return word.Length >= 4 && char.IsUpper(word[0]) && !word[1..].ContainsAnyExceptInRange('a', 'z')
               && !NameWords.OrganizationHeads.Contains(word.ToString().ToLowerInvariant())
               && !NameWords.CompanyBusinessWords.Contains(word);
    }

    /// <summary>The first "and" in tokens (<paramref name="first"/>, <paramref name="last"/>], or the token after <paramref name="last"/>.</summary>
    private static int AndBefore(string text, ImmutableArray<Token> tokens, int first, int last)
    {
        for (var i = first + 1; i <= last; i++)
        {
            if (TokenText.Is(text, tokens[i], "and"))
            {
                return i;
            }
        }

        return last + 1;
    }

    /// <summary>The last token of the longest known place starting at <paramref name="first"/> and ending by <paramref name="last"/>, or -1.</summary>
    private static int KnownPlaceEnd(string text, ImmutableArray<Token> tokens, int first, int last, out GazetteerEntry place)
    {
        for (var end = Math.Min(last, first + Gazetteer.MaxWords - 1); end >= first; end--)
        {
            if (Gazetteer.Lookup.TryGetValue(TokenText.Join(text, tokens, first, end), out place!) && place.Type is EntityTypes.Geopolitical or EntityTypes.Location)
            {
                return end;
            }
        }

        place = null!;
        return -1;
    }
}
