using NewsTrace.Documents;
using NewsTrace.Entities.CrossDocument;
using NewsTrace.Storage;

namespace NewsTrace.Tests.Entities.CrossDocument;

public sealed class EntityDecisionTests
{
    private static readonly Document[] FirstBatch =
    [
        MarkedDocument.Create("a", "[Tevania|GPE] asked [Marovia|GPE] to consult it."),
        MarkedDocument.Create("b", "The [Lesna|ORG] bridge and [Pavel Orlan|PERSON] of [Marovia|GPE]."),
    ];

    private static EntityCatalog Resolve(IEnumerable<Document> documents, params EntityDecision[] decisions)
    {
        var resolver = new CrossDocumentEntityResolver();
        foreach (var document in documents)
        {
            resolver.Add(document);
        }

        return resolver.Resolve(decisions.Select((d, i) => d with { Sequence = i + 1 }));
    }

    [Fact]
    public void A_merge_joins_two_entities()
    {
        var catalog = Resolve(FirstBatch, new EntityDecision(EntityDecisionKind.Merge, "Pavel Orlan", "Marovia"));

        var merged = catalog.Find("Marovia")!;
        Assert.Same(merged, catalog.Find("Pavel Orlan"));
        Assert.Equal(["a", "b"], merged.ArticleIds.ToArray());
    }

    [Fact]
    public void A_split_takes_an_alias_out_and_a_rename_changes_only_the_name()
    {
        var documents = new[]
        {
            MarkedDocument.Create("a", "[Arkady Velichko|PERSON] spoke; [Velichko|PERSON|Arkady Velichko] left."),
            MarkedDocument.Create("b", "[Arkadi Velitchko|PERSON] arrived."),
        };
        var automatic = Resolve(documents);

        var decided = Resolve(
            documents,
            new EntityDecision(EntityDecisionKind.Split, "Arkady Velichko", "Arkadi Velitchko"),
            new EntityDecision(EntityDecisionKind.Rename, "Velichko", "A. Velichko (Marovia)"));

        var velichko = Assert.Single(automatic.Entities);
        Assert.Equal(2, decided.Entities.Count);
        var renamed = decided.Find("A. Velichko (Marovia)")!;
        Assert.Equal(["a"], renamed.ArticleIds.ToArray());
        Assert.Equal(velichko.Id, renamed.Id);
        Assert.Equal(["b"], decided.Find("Arkadi Velitchko")!.ArticleIds.ToArray());
    }

    [Fact]
    public void Decisions_survive_new_articles_and_regrouping()
    {
        var decisions = new[]
        {
            new EntityDecision(EntityDecisionKind.Merge, "Lesna", "Tevania"),
            new EntityDecision(EntityDecisionKind.Rename, "Tevania", "Republic of Tevania"),
        };
        var before = Resolve(FirstBatch, decisions);
        var more = FirstBatch.Append(MarkedDocument.Create("c", "[Tevania|GPE] and the [Lesna|ORG] again, with [Dorvan|GPE].")).ToArray();

        var after = Resolve(more, decisions);

        Assert.Equal(["a", "b"], before.Find("Republic of Tevania")!.ArticleIds.ToArray());
        var merged = after.Find("Republic of Tevania")!;
        Assert.Equal(["a", "b", "c"], merged.ArticleIds.ToArray());
        Assert.Same(merged, after.Find("Lesna"));
        Assert.NotSame(merged, after.Find("Dorvan"));
    }

    [Fact]
    public void A_decision_about_an_entity_that_is_gone_is_skipped()
    {
        var automatic = Resolve(FirstBatch);

        var decided = Resolve(FirstBatch, new EntityDecision(EntityDecisionKind.Merge, "Nobody Here", "Marovia"), new EntityDecision(EntityDecisionKind.Split, "Marovia", "Velgrad"));

        Assert.Equal(automatic.Entities.Select(e => e.Id), decided.Entities.Select(e => e.Id));
    }
}
