using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "the Republic of Finland", "the State of Texas", "the Grand Duchy of Luxembourg": a country's or state's formal style is
/// one place with its name, not the place alone (the tagger leaves the style out) nor a body (it reads "State of Texas" as
/// one, by its "of"). Only a style word, "of" and a country, state or region the lists know.
/// </summary>
internal static class StateTitles
{
    private static readonly WordSet Styles = FrozenSet.ToFrozenSet(
        ["Republic", "State", "Kingdom", "Commonwealth", "Principality", "Sultanate", "Emirate", "Duchy", "Federation", "Territory"], StringComparer.Ordinal);

    /// <summary>Longer than any place name three words long that the lists know.</summary>
    private const int MaxPlaceChars = 64;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var styles = Styles;
        var next = 0;

        // Style words are capitalised: the document's list of capitalised tokens spares a look at every other token.
        foreach (var s in CapitalisedTokens.Of(text, tokens))
        {
            if (s < next || s + 2 >= tokens.Length || !styles.Contains(TokenText.Of(text, tokens[s])) || !TokenText.Is(text, tokens[s + 1], "of"))
            {
                continue;
            }

            // "the Grand Duchy of": an adjective of the style opens the name too.
            var first = s > 0 && TokenText.Of(text, tokens[s - 1]) is "Grand" or "United" or "Federal" or "Democratic" ? s - 1 : s;
            var placeEnd = KnownPlaceEnd(text, tokens, s + 2, out var type);
            if (placeEnd < 0)
            {
                continue;
            }

            // A name the lists know over the whole style ("Kingdom of Morocco") is found already; any other name inside it, or
            // one that ends inside it ("State of Texas" read as a body), gives way.
            if (MergedNames.At(merged, s) is { } covering && covering.FirstToken <= first && covering.LastToken == placeEnd && covering.Canonical is not null)
            {
                continue;
            }

            if (ReachesOutside(merged, first, placeEnd))
            {
                continue;
            }

            // Loops, not lambdas: a closure over this iteration's locals was allocated for every token of the document.
            for (var k = merged.Count - 1; k >= 0; k--)
            {
                if (merged[k].FirstToken >= first && merged[k].LastToken <= placeEnd)
                {
                    merged.RemoveAt(k);
                }
            }

            merged.Add(new NameCandidate(first, placeEnd, type, null, NameEvidence.Strong));
            next = placeEnd + 1;
        }
    }

    /// <summary>Whether a name overlaps [<paramref name="first"/>, <paramref name="last"/>] and reaches outside it.</summary>
    private static bool ReachesOutside(List<NameCandidate> merged, int first, int last)
    {
        foreach (var name in merged)
        {
            if (name.FirstToken <= last && name.LastToken >= first && (name.FirstToken < first || name.LastToken > last))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last token of a country, state or region the lists know that starts at <paramref name="start"/> (up to three words), or -1.</summary>
    private static int KnownPlaceEnd(string text, ImmutableArray<Token> tokens, int start, out string type)
    {
        type = EntityTypes.Geopolitical;
        Span<char> joined = stackalloc char[MaxPlaceChars];
        for (var end = Math.Min(tokens.Length - 1, start + 2); end >= start; end--)
        {
            if (TokenText.OnSameLine(text, tokens[start], tokens[end]) && TokenText.TryJoin(text, tokens, start, end, joined, out var written)
                && Gazetteer.Lookup.TryGetValue(joined[..written], out var entry) && entry.Type is EntityTypes.Geopolitical or EntityTypes.Location)
            {
                type = entry.Type;
                return end;
            }
        }

        return -1;
    }
}
