using NewsTrace.Entities.CrossDocument;

namespace NewsTrace.Web.Api.Models;

/// <summary>A canonical entity of the corpus with its names and how widely it is mentioned.</summary>
public sealed record EntityItem(string Id, string Name, string Type, int Mentions, int ArticleCount, IReadOnlyList<EntityAlias> Aliases)
{
    public static EntityItem From(CanonicalEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new EntityItem(entity.Id, entity.Name, entity.Type, entity.MentionCount, entity.ArticleCount, entity.Aliases);
    }
}
