using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Market reports: prices after a move ("rose 1.25 rand to 62.75", "HK$ 1.00"), and the unclaimed words that move by one,
/// which are the company whose shares moved; a part of <see cref="CompanyContext"/>.
/// </summary>
internal static partial class CompanyContext
{
    /// <summary>What else rises and falls by a figure in a market report, and opens its sentences in capitals: results, commodities, indices.</summary>
    private static readonly WordSet MarketNouns = FrozenSet.ToFrozenSet(
    [
        "sales", "revenue", "revenues", "profit", "profits", "earnings", "income", "turnover", "orders", "output", "exports", "imports",
        "production", "shipments", "volume", "volumes", "prices", "price", "shares", "stocks", "bonds", "yields", "inflation", "unemployment",
        "copper", "silver", "gold", "aluminium", "aluminum", "zinc", "nickel", "lead", "tin", "platinum", "palladium", "oil", "crude",
        "brent", "gasoil", "wheat", "corn", "maize", "soybeans", "sugar", "cocoa", "coffee", "cotton", "rubber", "canola", "barley",
        "the", "it", "this", "that", "he", "she", "they", "index", "dollar", "sterling", "yen", "mark", "franc",
    ], StringComparer.Ordinal);

    /// <summary>A price at token <paramref name="i"/>: a number, or a currency sign before one ("HK$ 1.00").</summary>
    private static bool PriceAt(string text, ImmutableArray<Token> tokens, int i)
    {
        if (i >= tokens.Length)
        {
            return false;
        }

        // "1.25", "HK$ 1.00", "US$1.00", "£ 3": up to three capitals, a currency sign and a space before the digits.
        var p = tokens[i].Start;
        var letters = 0;
        while (p < text.Length && letters < 3 && char.IsAsciiLetterUpper(text[p]))
        {
            p++;
            letters++;
        }

        if (p < text.Length && text[p] is '$' or '£' or '€')
        {
            p++;
        }
        else if (letters > 0)
        {
            return false;
        }

        if (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        return p < text.Length && char.IsAsciiDigit(text[p]);
    }

    /// <summary>"... 1.25 rand to 62.75", "... HK$ 1.00 to HK$ 54.50": "to" and a price within the few tokens from <paramref name="from"/>, as a market report gives the close.</summary>
    private static bool ToPriceAfter(string text, ImmutableArray<Token> tokens, int from)
    {
        for (var i = from; i < Math.Min(tokens.Length - 1, from + 4); i++)
        {
            if (TokenText.Is(text, tokens[i], "to") && PriceAt(text, tokens, i + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Driefontein rose 1.25 rand to 62.75 and Kloof added 0.90 to 44.60", "Gencor rose 0.35 to 17.40 and JCI was steady at
    /// 41.00": one to three capitalised words nothing claimed, opening a clause of a market report before a price move to a
    /// closing price (or "was steady at" a price), are the company whose shares moved.
    /// </summary>
    private static void AddUnclaimedPriceMoves(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        const int MaxWords = 3;
        var moves = ShareMoves.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            // After a line's start, a clause's punctuation or a lower-case word ("and", "platinum producer"), not a particle ("Pick 'n Pay").
            var opensLine = i == 0 || !TokenText.OnSameLine(text, tokens[i - 1], tokens[i]);
            if (MergedNames.At(merged, i) is not null || TokenText.LowerIn(MarketNouns, text, tokens[i])
                || !(opensLine || (char.IsLower(text[tokens[i - 1].Start]) && tokens[i - 1].Length >= 3) || TokenText.Of(text, tokens[i - 1]) is "," or "." or ";" or ":"))
            {
                continue;
            }

            var last = i;
            while (last + 1 < tokens.Length && last - i < MaxWords - 1 && TokenText.IsCapitalised(text, tokens[last + 1]) && MergedNames.At(merged, last + 1) is null
                   && TokenText.OnSameLine(text, tokens[i], tokens[last + 1]))
            {
                last++;
            }

            var verb = last + 1;
            if (verb + 3 >= tokens.Length || TokenText.IsCapitalised(text, tokens[verb]))
            {
                continue;
            }

            var moved = moves.Contains(TokenText.Of(text, tokens[verb])) && PriceAt(text, tokens, verb + 1) && ToPriceAfter(text, tokens, verb + 2);
            var steady = TokenText.Is(text, tokens[verb], "was") && TokenText.Of(text, tokens[verb + 1]) is "steady" or "unchanged" && TokenText.Is(text, tokens[verb + 2], "at")
                && PriceAt(text, tokens, verb + 3);
            if ((moved || steady) && !Gazetteer.Lookup.ContainsKey(TokenText.Join(text, tokens, i, last)) && !NameWords.NotNames.Contains(TokenText.Of(text, tokens[i]).ToString())
                && !FirstNames.Contains(TokenText.Of(text, tokens[i])))
            {
                merged.Add(new NameCandidate(i, last, EntityTypes.Organization, null, NameEvidence.Strong));
            }
        }
    }
}
