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
    private static readonly FrozenSet<string> Styles = FrozenSet.ToFrozenSet(
        ["Republic", "State", "Kingdom", "Commonwealth", "Principality", "Sultanate", "Emirate", "Duchy", "Federation", "Territory"], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var styles = Styles.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var s = 0; s + 2 < tokens.Length; s++)
        {
            if (!char.IsAsciiLetterUpper(text[tokens[s].Start]) || !styles.Contains(TokenText.Of(text, tokens[s])) || !TokenText.Is(text, tokens[s + 1], "of"))
            {
                continue;
            }

            // "the Grand Duchy of": an adjective of the style opens the name too.
            var first = s > 0 && TokenText.Of(text, tokens[s - 1]) is "Grand" or "United" or "Federal" or "Democratic" or "People's" ? s - 1 : s;
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

            if (merged.Exists(name => name.FirstToken <= placeEnd && name.LastToken >= first && (name.FirstToken < first || name.LastToken > placeEnd)))
            {
                continue;
            }

            merged.RemoveAll(name => name.FirstToken >= first && name.LastToken <= placeEnd);
            merged.Add(new NameCandidate(first, placeEnd, type, null, NameEvidence.Strong));
            s = placeEnd;
        }
    }

    /// <summary>The last token of a country, state or region the lists know that starts at <paramref name="start"/> (up to three words), or -1.</summary>
    private static int KnownPlaceEnd(string text, ImmutableArray<Token> tokens, int start, out string type)
    {
        type = EntityTypes.Geopolitical;
        for (var end = Math.Min(tokens.Length - 1, start + 2); end >= start; end--)
        {
            if (TokenText.OnSameLine(text, tokens[start], tokens[end]) && Gazetteer.Lookup.TryGetValue(TokenText.Join(text, tokens, start, end), out var entry)
                && entry.Type is EntityTypes.Geopolitical or EntityTypes.Location)
            {
                type = entry.Type;
                return end;
            }
        }

        return -1;
    }
}
