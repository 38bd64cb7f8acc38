using NewsTrace.Quotes.Variants;

namespace NewsTrace.Web.Api.Models;

/// <summary>One statement as a story quotes it: the earliest wording and every outlet's variant.</summary>
public sealed record StatementItem(string Id, string Text, string? Speaker, string? SpeakerEntityId, bool Changed, IReadOnlyList<string> Outlets, IReadOnlyList<VariantItem> Variants)
{
    public static StatementItem From(QuoteStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var earliest = statement.Variants[0].Occurrence.Text;
        return new StatementItem(statement.Id, statement.Text, statement.Speaker, statement.SpeakerEntityId, statement.HasChangedWording, statement.Outlets,
            statement.Variants.Select(v => VariantItem.From(v, earliest)).ToList());
    }
}
