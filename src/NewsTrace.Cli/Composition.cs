using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Extraction;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Quotes;
using NewsTrace.Reuse;
using NewsTrace.Reuse.Provenance;
using NewsTrace.Reuse.Relations;
using NewsTrace.Storage;
using NewsTrace.Storage.Postgres;
using NewsTrace.Storage.Sqlite;
using NewsTrace.Stories.Incremental;
using NewsTrace.Text;
using NewsTrace.Time;

namespace NewsTrace.Cli;

/// <summary>The one place where the CLI picks concrete implementations; commands only see the core's abstractions.</summary>
internal static class Composition
{
    public static DocumentPipeline CreatePipeline() => new PipelineBuilder()
        .Add(new TokenizerStage())
        .Add(new SentenceStage())
        .Add(new TimexStage())
        .Add(new EntityStage())
        .Add(new QuoteStage())
        .Build();

    /// <summary>The stages reuse comparison needs on plain text (pair files, evaluation): tokens, sentences and entity names.</summary>
    public static DocumentPipeline CreateTextPipeline() => new PipelineBuilder()
        .Add(new TokenizerStage())
        .Add(new SentenceStage())
        .Add(new EntityStage())
        .Build();

    public static ArticleAnalyzer CreateAnalyzer(PublishDate? documentCreationTime = null) => new(new ArticleExtractor(), CreatePipeline())
    {
        DocumentCreationTime = documentCreationTime,
    };

    /// <summary>Extraction without analysis stages, for `extract`.</summary>
    public static ArticleAnalyzer CreateExtractionOnly() => new(new ArticleExtractor(), new PipelineBuilder().Build());

    public static IEnumerable<IngestItem> ReadInputs(IReadOnlyList<string> paths, InputSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new IngestOptions
        {
            Format = settings.Format,
            FieldMap = ParseMap(settings.Map),
            MaxInputBytes = settings.MaxBytes,
        };
        return new InputReader(options).Read(paths, cancellationToken);
    }

    private static IReadOnlyDictionary<string, string> ParseMap(string? map)
    {
        try
        {
            return string.IsNullOrWhiteSpace(map) ? FieldMap.Empty : FieldMap.Parse(map);
        }
        catch (FormatException ex)
        {
            throw new UsageException($"--map: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// The store <paramref name="database"/> names: a PostgreSQL connection (<c>postgres://…</c> or
    /// <c>Host=…;Database=…</c>) opens the shared PostgreSQL store, anything else is a SQLite file.
    /// </summary>
    public static async Task<IArticleStore> OpenStoreAsync(string database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!PostgresConnectionString.IsPostgres(database))
        {
            return await SqliteArticleStore.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        }

        PostgresStoreOptions options;
        try
        {
            options = new PostgresStoreOptions(PostgresConnectionString.Normalize(database));
        }
        catch (FormatException ex)
        {
            throw new UsageException($"--db: {ex.Message}", ex);
        }

        return await PostgresArticleStore.OpenAsync(options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The corpus-level steps that run after new articles are written: by <c>ingest</c>/<c>run</c> after their batches
    /// (<see cref="Commands.IngestCommand.RunAsync"/>) and by <c>newstrace worker</c> over the queue's windows (under
    /// the store's locks, so one worker at a time). Story assignment is persisted and incremental, so it runs here;
    /// provenance and timelines are computed when read.
    /// </summary>
    public static CorpusSteps CreateCorpusSteps() => new([new StoryCatchUpStep()]);

    /// <summary>The store's work queue, or a usage error saying that workers need PostgreSQL.</summary>
    public static IWorkQueue RequireWorkQueue(IArticleStore store, string what)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store as IWorkQueue
            ?? throw new UsageException($"{what} needs a PostgreSQL store (--postgres CONNECTION or ${CommonOptions.PostgresEnvironmentVariable}): "
                + "workers on several machines share its queue table. A SQLite file is for one process: use 'newstrace ingest PATH...' instead.");
    }

    /// <summary>The pair comparer behind provenance, discrepancies and diff.</summary>
    public static IPairComparer CreatePairComparer() => new PairComparer();

    /// <summary>The corpus-level reuse step: story pairs compared on all cores, provenance and discrepancies.</summary>
    public static ReuseAnalysis CreateReuseAnalysis() => new(CreatePairComparer());
}
