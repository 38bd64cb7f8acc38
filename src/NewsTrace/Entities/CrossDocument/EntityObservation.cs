namespace NewsTrace.Entities.CrossDocument;

/// <summary>
/// The unit cross-document grouping works on: one written form of one document-level entity in one article, with how
/// often it occurs there. Grouping only ever joins or separates whole observations.
/// </summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Type">The entity type the mentions have.</param>
/// <param name="DocumentName">The document layer's canonical name of the entity (the surface when it gave none).</param>
/// <param name="Surface">The form as written.</param>
/// <param name="Kind">Name, titled name or description.</param>
/// <param name="Count">Occurrences in the article.</param>
internal sealed record EntityObservation(string ArticleId, string Type, string DocumentName, string Surface, AliasKind Kind, int Count)
{
    /// <summary>Key of the document-level entity this observation belongs to.</summary>
    public string NameKey { get; } = CrossDocumentNameKey.Of(DocumentName);

    public bool IsPerson => Type == EntityTypes.Person;
}
