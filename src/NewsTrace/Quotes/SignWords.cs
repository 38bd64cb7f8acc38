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

    /// <summary>
    /// Things that have a title or a name of their own, written in apposition ("a petition, “Keep Our Stops”,") or after
    /// "called" ("a campaign called “Be There For Your Community”"): words in title case there name the thing.
    /// </summary>
    private static readonly WordSet NamedWorks = FrozenSet.ToFrozenSet(
    [
        "petition", "campaign", "report", "programme", "program", "initiative", "scheme", "plan", "strategy", "project",
        "exhibition", "book", "album", "song", "film", "documentary", "series", "podcast", "study", "manifesto", "brochure",
        "leaflet", "leaflets", "flyer", "flyers", "pamphlet", "booklet", "motion", "exercise", "operation", "festival", "event", "drive",
        "appeal",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that give a thing its title right before the quote mark: whatever follows is the title, said by nobody.</summary>
    private static readonly WordSet TitleGivers = FrozenSet.ToFrozenSet(
        ["titled", "entitled", "slogan", "slogans", "motto", "hashtag", "headline", "headlined", "subtitled", "captioned"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Removes the slogans: spans written on a sign, and each span joined to one by "and", "or" or a comma.</summary>
    public static void RemoveSlogans(QuoteContext context, List<QuotedSpan> quoted)
    {
        var lastSlogan = -1;
        for (var q = 0; q < quoted.Count; q++)
        {
            var span = quoted[q];
            if (IsWrittenOnSign(context, span) || IsTitle(context, span) || (lastSlogan >= 0 && FollowsSlogan(context, lastSlogan, span.OpenToken)))
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

    /// <summary>
    /// "The budget book, titled “Investing in Every Learner,”", "carry the slogan “No Water, No Wrigglers”", "a petition,
    /// “Keep Our Stops”,", "a campaign called “Be There For Your Community”": the quote names a work, a slogan or a campaign.
    /// </summary>
    private static bool IsTitle(QuoteContext context, QuotedSpan span)
    {
        var before = span.OpenToken - 1;
        if (before <= 0)
        {
            return false;
        }

        if (context.Tokens[before].Kind == TokenKind.Word && TitleGivers.Contains(context.Word(before)))
        {
            return true;
        }

        var noun = context.IsPunctuation(before, ",") || context.Is(before, "called") || context.Is(before, "named") || context.Is(before, "dubbed")
            ? before - 1
            : -1;
        return noun >= 0 && context.Tokens[noun].Kind == TokenKind.Word && NamedWorks.Contains(context.Word(noun))
               && QuotedTitleCase.IsTitleCase(span.Inner.Slice(context.Text));
    }

    /// <summary>
    /// "“Not My Mayor” and “Love Wins.”": a span right after a slogan's closing mark and "and", "or" or a comma; or after a
    /// dash, its translation ("„Wir glauben an Jonas“ – “We believe in Jonas”").
    /// </summary>
    private static bool FollowsSlogan(QuoteContext context, int sloganClose, int open)
    {
        var gap = open - sloganClose;
        return (gap == 2 && (context.Is(sloganClose + 1, "and") || context.Is(sloganClose + 1, "or") || context.IsPunctuation(sloganClose + 1, ",")
                             || context.IsPunctuation(sloganClose + 1, "\u2013") || context.IsPunctuation(sloganClose + 1, "\u2014")))
               || (gap == 3 && context.IsPunctuation(sloganClose + 1, ",") && (context.Is(sloganClose + 2, "and") || context.Is(sloganClose + 2, "or")));
    }
}
