using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Words in quote marks that are written on a thing, not said: "protesters held signs reading “…”", "T-shirts bearing
/// “…”", "signs that read “…” and “…”". A banner's slogan has no speaker, and a quote with none would otherwise take the
/// previous quote's speaker.
/// </summary>
internal static class SignWords
{
    /// <summary>Things that slogans are written on, before "that read" ("signs that read").</summary>
    private static readonly WordSet SignNouns = FrozenSet.ToFrozenSet(
    [
        "sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "t-shirt", "t-shirts", "shirt", "shirts",
        "sticker", "stickers", "billboard", "billboards", "button", "buttons", "hat", "hats", "cap", "caps", "mural", "graffiti",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Removes the slogans: spans written on a sign, and each span joined to one by "and", "or" or a comma.</summary>
    public static void RemoveSlogans(QuoteContext context, List<QuotedSpan> quoted)
    {
        var lastSlogan = -1;
        for (var q = 0; q < quoted.Count; q++)
        {
            var span = quoted[q];
            if (IsWrittenOnSign(context, span) || (lastSlogan >= 0 && FollowsSlogan(context, lastSlogan, span.OpenToken)))
            {
                lastSlogan = span.CloseToken;
                quoted.RemoveAt(q--);
            }
        }
    }

    /// <summary>True when the opening mark follows "reading" or "bearing", or a sign noun and "that read".</summary>
    private static bool IsWrittenOnSign(QuoteContext context, QuotedSpan span)
    {
        var before = span.OpenToken - 1;
        if (before <= 0 || context.Tokens[before].Kind != TokenKind.Word)
        {
            return false;
        }

        if (context.Is(before, "reading") || context.Is(before, "bearing"))
        {
            return context.Tokens[before - 1].Kind == TokenKind.Word && !CueVerbs.IsCue(context.Word(before - 1));
        }

        return (context.Is(before, "read") || context.Is(before, "reads")) && before >= 2 && (context.Is(before - 1, "that") || context.Is(before - 1, "which"))
               && SignNouns.Contains(context.Word(before - 2));
    }

    /// <summary>"“Not My Mayor” and “Love Wins.”": a span right after a slogan's closing mark and "and", "or" or a comma.</summary>
    private static bool FollowsSlogan(QuoteContext context, int sloganClose, int open)
    {
        var gap = open - sloganClose;
        return (gap == 2 && (context.Is(sloganClose + 1, "and") || context.Is(sloganClose + 1, "or") || context.IsPunctuation(sloganClose + 1, ",")))
               || (gap == 3 && context.IsPunctuation(sloganClose + 1, ",") && (context.Is(sloganClose + 2, "and") || context.Is(sloganClose + 2, "or")));
    }
}
