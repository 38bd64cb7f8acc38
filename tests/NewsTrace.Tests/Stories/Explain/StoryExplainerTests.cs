using NewsTrace.Reuse;
using NewsTrace.Stories.Explain;

namespace NewsTrace.Tests.Stories.Explain;

public sealed class StoryExplainerTests
{
    private static PairComparison Pair(string left, string right, ReuseRelation relation, double similarity)
        => new(left, right, relation, similarity, 1, 1, []);

    [Fact]
    public void Each_article_gets_its_mean_cosine_to_the_others_and_the_term_shares_add_up_to_it()
    {
        var evidence = StoryEvidenceFixture.Evidence();

        var explanations = StoryExplainer.Explain(evidence, terms: int.MaxValue);

        Assert.Equal(["a1", "a2", "a3", "a4"], explanations.Select(e => e.ArticleId).Order(StringComparer.Ordinal));
        foreach (var explanation in explanations)
        {
            var others = evidence.Vectors.Keys.Where(id => id != explanation.ArticleId).ToList();
            var mean = others.Average(id => evidence.Vectors[explanation.ArticleId].Dot(evidence.Vectors[id]));
            Assert.Equal(mean, explanation.Score, 9);
            Assert.Equal(explanation.Score, explanation.Terms.Sum(t => t.Weight), 9);
            Assert.All(explanation.Terms, t => Assert.InRange(t.Articles, 1, 3));
            Assert.Equal(explanation.Terms.Select(t => t.Weight).OrderDescending(), explanation.Terms.Select(t => t.Weight));
        }

        // a1 and its exact copy a4 share everything: "212" and the ship's name are among what ties them to the story.
        var a1 = explanations.Single(e => e.ArticleId == "a1");
        Assert.Contains(a1.Terms.Take(10), t => t.Term is "212" or "elna" or "orvik");
    }

    [Fact]
    public void Shared_entities_are_those_other_members_also_name()
    {
        var explanations = StoryExplainer.Explain(StoryEvidenceFixture.Evidence());

        var a1 = explanations.Single(e => e.ArticleId == "a1");
        Assert.NotEmpty(a1.Entities);
        Assert.All(a1.Entities, e => Assert.InRange(e.Articles, 1, 3));
        Assert.Equal(a1.Entities.Select(e => e.Articles).OrderDescending(), a1.Entities.Select(e => e.Articles));
    }

    [Fact]
    public void Reuse_links_are_the_members_pairs_with_reuse_strongest_first_and_never_an_outsider()
    {
        var evidence = StoryEvidenceFixture.Evidence(
        [
            Pair("a1", "a4", ReuseRelation.Identical, 1.0),
            Pair("a1", "a2", ReuseRelation.PartialReuse, 0.4),
            Pair("a1", "a3", ReuseRelation.SameStory, 0.2),
            Pair("a1", "outsider", ReuseRelation.NearCopy, 0.9),
        ]);

        var explanations = StoryExplainer.Explain(evidence);

        var a1 = explanations.Single(e => e.ArticleId == "a1");
        Assert.Equal([("a4", "identical"), ("a2", "partial")], a1.ReuseLinks.Select(l => (l.ArticleId, l.Relation)));
        Assert.Equal([("a1", "identical")], explanations.Single(e => e.ArticleId == "a4").ReuseLinks.Select(l => (l.ArticleId, l.Relation)));
        Assert.Empty(explanations.Single(e => e.ArticleId == "a3").ReuseLinks);
    }

    [Fact]
    public void The_only_article_of_a_story_scores_one_and_shares_nothing()
    {
        var (story, documents, terms) = StoryEvidenceFixture.Ferry();
        var alone = story with { Articles = [story.Articles[0]] };
        var evidence = new StoryEvidence(alone, [documents[0]], terms, [], new NewsTrace.Entities.CrossDocument.CrossDocumentEntityResolver().Resolve());

        var explanation = Assert.Single(StoryExplainer.Explain(evidence));

        Assert.Equal(1.0, explanation.Score);
        Assert.Empty(explanation.Terms);
        Assert.Empty(explanation.Entities);
    }
}
