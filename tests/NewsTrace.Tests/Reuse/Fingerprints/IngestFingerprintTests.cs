using System.Text;
using NewsTrace.Documents;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Reuse.Fingerprints;
using NewsTrace.Tests.Fakes;

namespace NewsTrace.Tests.Reuse.Fingerprints;

public sealed class IngestFingerprintTests
{
    [Fact]
    public async Task Ingest_writes_every_scheme_s_fingerprint_of_each_new_article_and_copies_become_candidates()
    {
        var store = new InMemoryArticleStore();
        var fingerprints = new RecordingFingerprintStore();
        const string Text = "The council agreed on Tuesday that work on the Lesna bridge will begin in spring, officials said.";
        IngestItem[] items = [Raw("a.txt", Text), Raw("b.txt", Text + " More details later."), Raw("c.txt", "Heavy rain closed the river road.")];
        var ingestor = new CorpusIngestor(new ArticleAnalyzer(new Utf8TextExtractor(), new PipelineBuilder().Build()), store)
        {
            Fingerprints = fingerprints,
            DegreeOfParallelism = 1,
        };

        await ingestor.RunAsync(items);

        Assert.Equal(3 * FingerprintScheme.All.Count, fingerprints.Written.Count);
        var copy = await fingerprints.GetFingerprintAsync(DocumentId.FromContent(Encoding.UTF8.GetBytes(Text + " More details later.")), FingerprintScheme.NearCopy.Name);
        Assert.NotNull(copy);
        var candidates = await fingerprints.FindCandidatesAsync(FingerprintScheme.NearCopy.Name, copy.BandKeys);
        Assert.Contains(DocumentId.FromContent(Encoding.UTF8.GetBytes(Text)), candidates);
    }

    private static RawInput Raw(string source, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new RawInput(source, DocumentId.FromContent(bytes), bytes, InputFormat.Text, "utf-8", ArticleMetadata.Empty);
    }
}
