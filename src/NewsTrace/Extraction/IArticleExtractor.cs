using NewsTrace.Ingest;

namespace NewsTrace.Extraction;

/// <summary>Turns one raw input into an article. Synchronous, CPU-only, thread-safe.</summary>
public interface IArticleExtractor
{
    /// <summary>Extracts the article.</summary>
    /// <exception cref="ExtractionException">The input holds no readable article; the message says why.</exception>
    Article Extract(RawInput input);
}
