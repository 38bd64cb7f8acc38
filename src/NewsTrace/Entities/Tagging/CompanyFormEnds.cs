using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Royal Nedlloyd NV of the Netherlands", "Bre-X Minerals Ltd of Calgary": the rules and the tagger run a company on through
/// "of" into the place it is based in, as they rightly do for "Bank of England". A legal form ends a company's name, so a
/// name that goes on past one with "of" is cut after the form, and a known place after "of" (and "the") is a place.
/// </summary>
internal static class CompanyFormEnds
{
    public static void Cut(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var forms = NameWords.CompanyForms.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            // "Anglo American Corp of South Africa Ltd": a name that ends in a legal form too is one legal name.
            if (name.Type != EntityTypes.Organization || name.LastToken - name.FirstToken < 2 || forms.Contains(TokenText.Of(text, tokens[name.LastToken])))
            {
                continue;
            }

            for (var form = name.FirstToken + 1; form < name.LastToken; form++)
            {
                if (!TokenText.Is(text, tokens[form + 1], "of") || !char.IsUpper(text[tokens[form].Start]) || !forms.Contains(TokenText.Of(text, tokens[form])))
                {
                    continue;
                }

                merged[k] = name with { LastToken = form, Canonical = null };
                var place = form + 2 <= name.LastToken && TokenText.Is(text, tokens[form + 2], "the") ? form + 3 : form + 2;
                var placeEnd = KnownPlaceEnd(text, tokens, place, name.LastToken, out var known);
                if (placeEnd < 0)
                {
                    break;
                }

                merged.Add(new NameCandidate(place, placeEnd, known.Type, known.Canonical, NameEvidence.Strong));

                // "Harwell Shipping Ltd of Britain and Royal Vandermeer NV of the Netherlands": a second company after "and"
                // is a name of its own, itself cut when this loop reaches it.
                if (placeEnd + 2 <= name.LastToken && TokenText.Is(text, tokens[placeEnd + 1], "and") && char.IsUpper(text[tokens[placeEnd + 2].Start]))
                {
                    merged.Add(name with { FirstToken = placeEnd + 2, Canonical = null });
                }

                break;
            }
        }
    }

    /// <summary>The last token of the longest known place starting at <paramref name="first"/> and ending by <paramref name="last"/>, or -1.</summary>
    private static int KnownPlaceEnd(string text, ImmutableArray<Token> tokens, int first, int last, out GazetteerEntry known)
    {
        for (var end = Math.Min(last, first + Gazetteer.MaxWords - 1); end >= first; end--)
        {
            if (Gazetteer.Lookup.TryGetValue(TokenText.Join(text, tokens, first, end), out known!) && known.Type is EntityTypes.Geopolitical or EntityTypes.Location)
            {
                return end;
            }
        }

        known = null!;
        return -1;
    }
}
