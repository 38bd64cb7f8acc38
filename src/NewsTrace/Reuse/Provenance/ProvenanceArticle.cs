using System.Collections.Immutable;
using NewsTrace.Documents;

namespace NewsTrace.Reuse.Provenance;

/// <summary>An analysed article with every place its content came from.</summary>
/// <param name="Document">The article with its layers (sentences, entities, quotes, timexes, date anomalies).</param>
/// <param name="References">Its sources (record ids, else file paths); several when the same bytes came from several files.</param>
public sealed record ProvenanceArticle(Document Document, ImmutableArray<string> References)
{
    public string Id => Document.Id;

    /// <summary>How people are told which article this is: the outlet, else the file name or record id.</summary>
    public string Label => Document.Metadata.Site
        ?? (References.IsDefaultOrEmpty ? Document.Id : Path.GetFileName(References[0]));
}
