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

    /// <summary>
    /// The organisation the story defines the acronym for, by writing it in brackets right after the name ("The National
    /// Anti-Doping Agency of Germany (NADA)"), or null.
    /// </summary>
    private string? DefinedAs(string acronym)
    {
        foreach (var entity in context.Entities)
        {
            if (entity.Type != EntityTypes.Organization || entity.Span.Length <= acronym.Length)
            {
                continue;
            }

            var after = context.Text.AsSpan(entity.Span.End).TrimStart(' ');
            if (after.Length > acronym.Length + 1 && after[0] == '(' && after[1..].StartsWith(acronym, StringComparison.Ordinal) && after[acronym.Length + 1] == ')')
            {
                return entity.Span.Of(context.Text);
            }
        }

        return null;
    }
}
