namespace NewsTrace.Entities.CrossDocument;

/// <summary>An acronym an article defines or resolves: "DPRK" stands for the entity named <paramref name="Name"/>.</summary>
/// <param name="Letters">The acronym's letters, upper case, without dots.</param>
/// <param name="Name">The document-level canonical name of what it stands for.</param>
internal sealed record AcronymDefinition(string Letters, string Name);
