using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Entities.CrossDocument;
using NewsTrace.Pipeline;
using NewsTrace.Quotes;
using NewsTrace.Reuse;
using NewsTrace.Storage;
using NewsTrace.Stories;
using NewsTrace.Stories.Explain;
using NewsTrace.Text;
using NewsTrace.Time;

namespace NewsTrace.Tests.Stories.Explain;

/// <summary>The ferry story of <see cref="StoryFixtures"/> analysed, plus a4: an exact copy of a1 at another outlet.</summary>
internal static class StoryEvidenceFixture
{
    private static readonly DocumentPipeline Pipeline = new PipelineBuilder()
        .Add(new TokenizerStage())
        .Add(new SentenceStage())
        .Add(new TimexStage())
        .Add(new EntityStage())
        .Add(new QuoteStage())
        .Build();

    public static (Story Story, List<Document> Documents, StoryTermSpace Terms) Ferry()
    {
        var corpus = StoryFixtures.Corpus(withDates: true);
        var ferry = corpus.Where(i => StoryFixtures.GroundingIds.Contains(i.Id)).ToList();
        ferry.Add(ferry[0] with { Id = "a4" });
        var documents = ferry.Select(i => Pipeline.Process(new Document(i.Id, i.Text.Trim(), new ArticleMetadata { Published = i.Published, Title = i.Title }))).ToList();
        var terms = new StoryTermSpace();
        foreach (var input in corpus)
        {
            terms.Add(input.Text);
        }

        terms.Add(ferry[^1].Text);
        var summaries = ferry.Select(i => new ArticleSummary(
            i.Id,
            i.Id + ".html",
            null,
            i.Title,
            i.Id == "a4" ? "mirror.example" : "site-" + i.Id + ".example",
            null,
            i.Published?.ToString(),
            i.Text.Length,
            ContentHash.Of(i.Text))).ToList();
        return (new Story("s-ferry", summaries[0].Title, summaries, [.. summaries.Select(Story.Reference)]), documents, terms);
    }

    public static StoryEvidence Evidence(IReadOnlyList<PairComparison>? comparisons = null)
    {
        var (story, documents, terms) = Ferry();
        var resolver = new CrossDocumentEntityResolver();
        foreach (var document in documents)
        {
            resolver.Add(document);
        }

        return new StoryEvidence(story, documents, terms, comparisons ?? [], resolver.Resolve());
    }
}
