using NewsTrace.Entities;
using NewsTrace.Extraction;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Quotes;
using NewsTrace.Tests.Fakes;
using NewsTrace.Text;
using NewsTrace.Time;

namespace NewsTrace.Tests.Reuse.Provenance;

/// <summary>samples/corpus ingested with the real pipeline into an in-memory store, as `newstrace ingest` would store it.</summary>
internal static class SampleCorpus
{
    public static async Task<InMemoryArticleStore> IngestAsync(string? path = null)
    {
        var root = RepositoryRoot();
        var pipeline = new PipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceStage())
            .Add(new TimexStage())
            .Add(new EntityStage())
            .Add(new QuoteStage())
            .Build();
        var store = new InMemoryArticleStore();
        var ingestor = new CorpusIngestor(new ArticleAnalyzer(new ArticleExtractor(), pipeline), store) { Fingerprints = store };
        var items = new InputReader(new IngestOptions()).Read([path ?? Path.Combine(root, "samples", "corpus")]);
        await ingestor.RunAsync(items);
        return store;
    }

    /// <summary>The gold key of a stored source: the record id for records, else the path from the repository root.</summary>
    public static string Key(string source, string? recordId)
        => recordId ?? (Path.IsPathRooted(source) ? Path.GetRelativePath(RepositoryRoot(), source).Replace('\\', '/') : source);

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsTrace.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
