namespace NewsTrace.Quotes;

/// <summary>
/// "said on “Meet the Press”", "told CNN's Jake Tapper on “State of the Union.”", "appeared on ABC's “This Week”": a
/// programme's title in quote marks after "on" names where words were said, not words anyone said; so does a title after
/// the kind of work it names ("the entertainment program “Studio Insider”", "his memoir “Hard Roads”"). The test is the
/// entity stage's (<see cref="Entities.Tagging.QuotedTitles"/>), which drops the names inside such a title.
/// </summary>
internal static class ProgrammeTitles
{
    public static bool IsProgrammeTitle(QuoteContext context, QuotedSpan span)
        => Entities.Tagging.QuotedTitles.IsTitle(context.Text, context.Tokens, span.OpenToken, span.CloseToken);
}
