using NewsTrace.Entities;
using NewsTrace.Entities.CrossDocument;

namespace NewsTrace.Quotes;

/// <summary>An organisation's name as the story writes it out, for an acronym that speaks; a part of <see cref="DocumentMentions"/>.</summary>
internal sealed partial class DocumentMentions
{
    /// <summary>The longest form the document writes an acronym's organisation in, where it is no acronym itself; else null.</summary>
    private string? WrittenOut(EntityMention acronym)
    {
        if (acronym.Canonical is not { } canonical)
        {
            return null;
        }

        string? longest = null;
        foreach (var entity in context.Entities)
        {
            var written = entity.Span.Of(context.Text);
            if (entity.Type == EntityTypes.Organization && string.Equals(entity.Canonical, canonical, StringComparison.Ordinal) && !CrossDocumentNameKey.IsAcronym(written)
                && written.Contains(' ', StringComparison.Ordinal) && (longest is null || written.Length > longest.Length))
            {
                longest = written;
            }
        }

        return longest;
    }
}
