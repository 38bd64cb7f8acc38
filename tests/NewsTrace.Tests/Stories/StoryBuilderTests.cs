using NewsTrace.Documents;
using NewsTrace.Reuse;
using NewsTrace.Storage;
using NewsTrace.Stories;
using NewsTrace.Tests.Fakes;

namespace NewsTrace.Tests.Stories;

public sealed class StoryBuilderTests
{
    private static StoredArticle Article(StoryInput input, string source, string? text = null)
    {
        var body = text ?? input.Text;
        var metadata = new ArticleMetadata { Source = source, Title = input.Title, Published = input.Published };
        return new StoredArticle(input.Id, metadata, body, ContentHash.Of(body), "{}");
    }

    [Fact]
    public async Task Stories_of_a_store_carry_summaries_every_source_and_the_clusterer_ids()
    {
        var corpus = StoryFixtures.Corpus(withDates: true);
        var store = new InMemoryArticleStore();
        var articles = corpus.Select(input => Article(input, input.Id + ".html")).ToList();
        // The grounding text in capitals is an exact copy (same text hash), stored as another article; members sort by date, then id.
        articles.Add(Article(corpus[0] with { Id = "a9" }, "mirror/a1.html", corpus[0].Text.ToUpperInvariant()));
        await store.WriteBatchAsync(articles, []);
        await store.RecordSourcesAsync([new ArticleSource("c1", "feed.jsonl#1", "race-1")]);

        var stories = await StoryBuilder.BuildAsync(store);

        Assert.Equal(3, stories.Count);
        var grounding = Assert.Single(stories, s => s.Articles.Any(a => a.Id == "a1"));
        Assert.Equal(["a1", "a2", "a9", "a3"], grounding.Articles.Select(a => a.Id));
        Assert.Equal(["a1.html", "a2.html", "mirror/a1.html", "a3.html"], grounding.References);
        Assert.Equal(StoryIds.From('s', "a1"), grounding.Id);
        Assert.Contains(grounding.Title, grounding.Articles.Select(a => a.Title));
        var race = Assert.Single(stories, s => s.Articles.Any(a => a.Id == "c1"));
        Assert.Contains("race-1", race.References);
        Assert.NotEqual(grounding.TopicId, race.TopicId);
        Assert.Equal(stories.OrderBy(s => s.Articles[0].Published, StringComparer.Ordinal).Select(s => s.Id), stories.Select(s => s.Id));
    }
}
