using NewsTrace.Pipeline;
using NewsTrace.Reuse.Provenance;
using NewsTrace.Storage;

namespace NewsTrace.Web;

/// <summary>
/// What the web app works over, chosen by its host (the CLI's composition root): the store and the analyzer the
/// ingest command uses, so an upload goes through exactly the same path as <c>newstrace ingest</c>.
/// </summary>
/// <param name="Store">The open, initialised store; the host owns and disposes it.</param>
/// <param name="CreateAnalyzer">Builds the extraction and analysis pipeline for one ingest.</param>
public sealed record WebBackend(IArticleStore Store, Func<ArticleAnalyzer> CreateAnalyzer)
{
    /// <summary>The corpus-level reuse step (pair comparer, provenance, discrepancies); null shows exact copies only.</summary>
    public Func<ReuseAnalysis>? CreateReuseAnalysis { get; init; }
}
