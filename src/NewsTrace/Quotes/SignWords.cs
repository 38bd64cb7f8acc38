using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Words in quote marks that are written on a thing, not said: "protesters held signs reading “…”", "T-shirts bearing
/// “…”". A banner's slogan has no speaker, and a quote with none would otherwise take the previous quote's speaker.
/// </summary>
internal static class SignWords
{
    /// <summary>True when the opening mark follows "reading" or "bearing", the participles that introduce written words.</summary>
    public static bool IsWrittenOnSign(QuoteContext context, QuotedSpan span)
    {
        var before = span.OpenToken - 1;
        return before > 0 && context.Tokens[before].Kind == TokenKind.Word && (context.Is(before, "reading") || context.Is(before, "bearing"))
               && context.Tokens[before - 1].Kind == TokenKind.Word && !CueVerbs.IsCue(context.Word(before - 1));
    }
}
