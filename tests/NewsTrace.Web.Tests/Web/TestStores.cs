using NewsTrace.Entities;
using NewsTrace.Extraction;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Quotes;
using NewsTrace.Reuse.Baseline;
using NewsTrace.Reuse.Provenance;
using NewsTrace.Storage;
using NewsTrace.Storage.Sqlite;
using NewsTrace.Text;
using NewsTrace.Time;

namespace NewsTrace.Web.Tests.Web;

/// <summary>Scratch stores and the analysis pipeline the CLI composes (the CLI's composition root is internal to it).</summary>
internal static class TestStores
{
    public static ArticleAnalyzer CreateAnalyzer() => new(new ArticleExtractor(), new PipelineBuilder()
        .Add(new TokenizerStage())
        .Add(new SentenceStage())
        .Add(new TimexStage())
        .Add(new EntityStage())
        .Add(new QuoteStage())
        .Build());

    /// <summary>The backend `newstrace serve` builds: this store, the ingest pipeline and the reuse step.</summary>
    public static WebBackend Backend(IArticleStore store) => new(store, CreateAnalyzer)
    {
        CreateReuseAnalysis = () => new ReuseAnalysis(new BaselineSentenceComparer()),
    };

    public static string NewDatabasePath()
    {
        var directory = Path.Combine(Path.GetTempPath(), "newstrace-web-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, "store.db");
    }

    /// <summary>The repository's sample corpus, found by walking up from the test binaries to the solution file.</summary>
    public static string SampleCorpus()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsTrace.slnx")))
            {
                return Path.Combine(directory.FullName, "samples", "corpus");
            }
        }

        throw new InvalidOperationException("The repository root (NewsTrace.slnx) was not found above the test binaries.");
    }

    public static async Task IngestAsync(IArticleStore store, string path)
    {
        var items = new InputReader().Read([path]);
        await new CorpusIngestor(CreateAnalyzer(), store).RunAsync(items);
    }

    public static Task<SqliteArticleStore> OpenAsync(string path) => SqliteArticleStore.OpenAsync(path);
}
