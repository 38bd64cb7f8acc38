namespace NewsTrace.Storage;

/// <summary>Everything one ingest batch writes: analysed articles, their fingerprints, failures, and new sources of known articles.</summary>
/// <param name="Articles">New articles (an id already stored is left as it is).</param>
/// <param name="Fingerprints">Near-duplicate fingerprints of <paramref name="Articles"/>; empty when not kept.</param>
/// <param name="Failures">Inputs that could not be read or extracted.</param>
/// <param name="KnownSources">Inputs whose content is already stored: their names are recorded as more sources.</param>
public sealed record IngestBatch(
    IReadOnlyList<StoredArticle> Articles,
    IReadOnlyList<ArticleFingerprint> Fingerprints,
    IReadOnlyList<IngestFailure> Failures,
    IReadOnlyList<ArticleSource> KnownSources);
