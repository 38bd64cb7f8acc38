using System.Text;
using NewsTrace.Documents;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Tests.Fakes;

namespace NewsTrace.Tests.Pipeline;

public sealed class CorpusIngestorTests
{
    private static readonly LayerKey<string> Layer = new("probe");

    private static RawInput Raw(string source, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new RawInput(source, DocumentId.FromContent(bytes), bytes, InputFormat.Text, "utf-8", ArticleMetadata.Empty);
    }

    private static CorpusIngestor Ingestor(InMemoryArticleStore store, int batchSize = 3)
    {
        var pipeline = new PipelineBuilder().Add(new RecordingStage("probe", Layer, throwOn: "crash")).Build();
        return new CorpusIngestor(new ArticleAnalyzer(new Utf8TextExtractor(), pipeline), store) { BatchSize = batchSize, DegreeOfParallelism = 2 };
    }

    [Fact]
    public async Task Stores_good_inputs_and_reports_each_bad_one_with_its_reason()
    {
        var store = new InMemoryArticleStore();
        IngestItem[] items =
        [
            Raw("a.txt", "first article"),
            new InputError("b.gz", "gzip stream is truncated"),
            Raw("c.bin", "!\0\0"),
            Raw("d.txt", "second article"),
            Raw("e.txt", "?bug"),
            Raw("f.txt", "crash in a stage"),
        ];

        var summary = await Ingestor(store).RunAsync(items);

        Assert.Equal(6, summary.Read);
        Assert.Equal(3, summary.Added);
        Assert.Equal(["b.gz", "c.bin", "e.txt"], summary.Failures.Select(f => f.Source));
        Assert.Contains("truncated", summary.Failures[0].Message, StringComparison.Ordinal);
        Assert.Contains("binary", summary.Failures[1].Message, StringComparison.Ordinal);
        Assert.Contains("extractor bug", summary.Failures[2].Message, StringComparison.Ordinal);
        Assert.Equal("f.txt", Assert.Single(summary.StageFailures).Source);
        Assert.Equal(3, store.Articles.Count);
        Assert.Equal(3, store.Failures.Count);
        Assert.Equal(2, store.Batches);
    }

    [Fact]
    public async Task A_second_run_finds_everything_known_and_adds_nothing()
    {
        var store = new InMemoryArticleStore();
        IngestItem[] items = [Raw("a.txt", "one"), Raw("b.txt", "two"), Raw("c.txt", "three"), Raw("d.txt", "four")];
        await Ingestor(store).RunAsync(items);

        var again = await Ingestor(store).RunAsync(items);

        Assert.Equal(0, again.Added);
        Assert.Equal(4, again.AlreadyKnown);
        Assert.Equal(4, store.Articles.Count);
    }

    [Fact]
    public async Task The_same_content_twice_in_one_run_is_stored_once()
    {
        var store = new InMemoryArticleStore();

        var summary = await Ingestor(store, batchSize: 10).RunAsync([Raw("a.txt", "same"), Raw("copy/a.txt", "same")]);

        Assert.Equal(1, summary.Added);
        Assert.Equal(1, summary.AlreadyKnown);
        var sources = new List<string>();
        await foreach (var source in store.ListSourcesAsync())
        {
            sources.Add(source.Source);
        }

        Assert.Equal(["a.txt", "copy/a.txt"], sources);
    }

    [Fact]
    public async Task A_copy_under_a_new_name_in_a_later_run_is_recorded_as_a_source_without_new_work()
    {
        var store = new InMemoryArticleStore();
        await Ingestor(store).RunAsync([Raw("a.txt", "same")]);

        var summary = await Ingestor(store).RunAsync([Raw("elsewhere/b.txt", "same")]);

        Assert.Equal(1, summary.AlreadyKnown);
        var sources = new List<string>();
        await foreach (var source in store.ListSourcesAsync())
        {
            sources.Add(source.Source);
        }

        Assert.Equal(["a.txt", "elsewhere/b.txt"], sources);
    }

    [Fact]
    public async Task Stored_articles_carry_their_analysis_and_text_hash()
    {
        var store = new InMemoryArticleStore();

        await Ingestor(store).RunAsync([Raw("a.txt", "Some text.")]);

        var article = Assert.Single(store.Articles.Values);
        Assert.Equal("Some text.", article.Text);
        Assert.Equal(NewsTrace.Reuse.ContentHash.Of("Some text."), article.TextHash);
        Assert.Contains("\"sentences\":[]", article.AnalysisJson, StringComparison.Ordinal);
    }
}
