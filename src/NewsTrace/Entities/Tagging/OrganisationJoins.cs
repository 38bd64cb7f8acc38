using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Company names with "and" or "of" in them, which the tagger cuts: "Kangwon Iron and Steel Co" is one company, not the
/// person "Kangwon Iron" and the company "Steel Co"; "Tamura Metals Corp of Japan" is the company and the country. A name
/// ending in a legal form ("Co", "Ltd", "Corp") takes in the capitalised words joined to it by "and" or "&amp;", unless
/// they are a known name or end in a legal form themselves ("Microsoft and Apple Inc", "Toyota Motor Corp and Honda
/// Motor Co" stay two); after a legal form, "of" and a known country or place end
/// the company.
/// </summary>
internal static class OrganisationJoins
{
    private const int MaxWordsBeforeAnd = 3;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var forms = NameWords.CompanyForms.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type != EntityTypes.Organization || !forms.Contains(TokenText.Of(text, tokens[name.LastToken])))
            {
                SplitCountry(text, tokens, merged, k, forms);
                continue;
            }

            var and = name.FirstToken - 1;
            // "Toyota Motor Corp and Honda Motor Co": a legal form before "and" ends a company of its own.
            if (and < 1 || !(TokenText.Is(text, tokens[and], "and") || TokenText.Of(text, tokens[and]) is "&") || !TokenText.OnSameLine(text, tokens[and - 1], tokens[name.FirstToken])
                || forms.Contains(TokenText.Of(text, tokens[and - 1])))
            {
                continue;
            }

            var before = merged.FindIndex(other => other.LastToken == and - 1);
            var start = before >= 0 ? merged[before].FirstToken : CapitalisedRunStart(text, tokens, merged, and - 1);
            if (start < 0 || and - start > MaxWordsBeforeAnd || (before >= 0 && merged[before].Canonical is not null)
                || Gazetteer.Lookup.ContainsKey(TokenText.Join(text, tokens, start, and - 1)))
            {
                continue;
            }

            merged[k] = new NameCandidate(start, name.LastToken, EntityTypes.Organization, null, name.Evidence);
            if (before >= 0)
            {
                merged.RemoveAt(before);
                k = Math.Max(-1, Math.Min(k, before) - 1);
            }
        }
    }

    /// <summary>The first of the capitalised words no name holds that end at <paramref name="last"/>, or -1.</summary>
    private static int CapitalisedRunStart(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int last)
    {
        var start = last + 1;
        while (start > 0 && last - start + 1 < MaxWordsBeforeAnd && tokens[start - 1].Kind == TokenKind.Word && TokenText.IsCapitalised(text, tokens[start - 1])
               && !merged.Exists(other => other.FirstToken <= start - 1 && start - 1 <= other.LastToken))
        {
            start--;
        }

        return start <= last ? start : -1;
    }

    /// <summary>"Tamura Metals Corp of Japan": a known country or place after a legal form and "of" is not part of the company.</summary>
    private static void SplitCountry(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int k, System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> forms)
    {
        var name = merged[k];
        if (name.Type != EntityTypes.Organization)
        {
            return;
        }

        for (var of = name.FirstToken + 1; of < name.LastToken; of++)
        {
            if (TokenText.Is(text, tokens[of], "of") && forms.Contains(TokenText.Of(text, tokens[of - 1]))
                && Gazetteer.Lookup.TryGetValue(TokenText.Join(text, tokens, of + 1, name.LastToken), out var place)
                && place.Type is EntityTypes.Geopolitical or EntityTypes.Location)
            {
                merged[k] = name with { LastToken = of - 1, Canonical = null };
                merged.Insert(k + 1, new NameCandidate(of + 1, name.LastToken, place.Type, place.Canonical, NameEvidence.Strong));
                return;
            }
        }
    }
}
