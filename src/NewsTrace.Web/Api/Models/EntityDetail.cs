namespace NewsTrace.Web.Api.Models;

/// <summary>One entity, the articles that mention it, and the statements it is quoted as making.</summary>
public sealed record EntityDetail(EntityItem Entity, IReadOnlyList<string> ArticleIds, IReadOnlyList<StatementItem> Statements);
