using NewsTrace.Entities;

namespace NewsTrace.Quotes;

/// <summary>The town a local story is about, for "the town hall" and "the town's emergency services".</summary>
internal sealed partial class DocumentMentions
{
    /// <summary>
    /// The place the story calls a <paramref name="noun"/> ("town", "city", "village"): the one introduced as "the town of
    /// Halvern" or "the northern Kesmarian town of Halvern", else the dateline's place ("HALVERN —", "HALVERN, Kesmaria,
    /// Oct. 16"), written as the story writes it in running text. Null when the story names none.
    /// </summary>
    public string? TownOfStory(string noun)
    {
        for (var k = 0; k + 2 < context.Tokens.Length; k++)
        {
            if (context.Is(k, noun) && context.Is(k + 1, "of") && context.EntityStartingAt[k + 2] is var place and >= 0
                && context.Entities[place].Type == EntityTypes.Geopolitical && !insideQuote(context.Tokens[k].Start))
            {
                return AsWritten(context.Entities[place]);
            }
        }

        // The dateline opens the story's first line, or the text itself when it has no headline.
        return DatelinePlace(context.FirstTokenAtOrAfter(BodyStart())) ?? DatelinePlace(0);
    }

    private string? DatelinePlace(int first)
    {
        if (first + 1 < context.Tokens.Length && context.EntityStartingAt[first] is var dateline and >= 0
            && context.Entities[dateline].Type == EntityTypes.Geopolitical
            && context.FirstTokenAtOrAfter(context.Entities[dateline].Span.End) is var after && after < context.Tokens.Length
            && context.Word(after) is "," or "—" or "–" or "--" or "-")
        {
            return AsWritten(context.Entities[dateline]);
        }

        return null;
    }

    /// <summary>A place as running text writes it: "Halvern" for a dateline's "HALVERN" when the story writes it so too.</summary>
    private string AsWritten(EntityMention place)
    {
        var written = place.Span.Of(context.Text);
        if (written.Any(char.IsLower))
        {
            return written;
        }

        foreach (var entity in context.Entities)
        {
            var other = entity.Span.Of(context.Text);
            if (other.Any(char.IsLower) && other.Equals(written, StringComparison.OrdinalIgnoreCase))
            {
                return other;
            }
        }

        return written;
    }
}
