using NewsTrace.Entities.CrossDocument;

namespace NewsTrace.Tests.Entities.CrossDocument;

public sealed class SingleWordTypeVoteTests
{
    private static EntityCatalog Resolve(params NewsTrace.Documents.Document[] documents)
    {
        var resolver = new CrossDocumentEntityResolver();
        foreach (var document in documents)
        {
            resolver.Add(document);
        }

        return resolver.Resolve();
    }

    [Fact]
    public void A_one_word_place_misread_as_a_person_in_one_article_joins_the_place()
    {
        var catalog = Resolve(
            MarkedDocument.Create("a1", "Trucks wait at the border of [Tevania|GPE]. [Tevania|GPE] asked for talks."),
            MarkedDocument.Create("a2", "[Tevania|GPE] protested again."),
            MarkedDocument.Create("a3", "[Tevania|PERSON] was not consulted."));

        var tevania = Assert.Single(catalog.Entities, e => e.Name == "Tevania");
        Assert.Equal("GPE", tevania.Type);
        Assert.Equal(3, tevania.ArticleCount);
    }

    [Fact]
    public void A_place_reading_is_never_turned_into_a_person_and_two_word_names_keep_their_type()
    {
        var catalog = Resolve(
            MarkedDocument.Create("a1", "[Tevania|GPE] closed the crossing."),
            MarkedDocument.Create("a2", "[Tevania|PERSON] was not asked, and [Tevania|PERSON] said so."),
            MarkedDocument.Create("a3", "[Tevania|PERSON] complained. [Tevania Varga|PERSON] watched."));

        Assert.Contains(catalog.Entities, e => e.Name == "Tevania" && e.Type == "GPE");
        Assert.DoesNotContain(catalog.Entities, e => e.Name == "Tevania" && e.Type == "PERSON");
        Assert.Contains(catalog.Entities, e => e.Name == "Tevania Varga" && e.Type == "PERSON");
    }

    [Fact]
    public void A_surname_rarely_misread_as_a_place_stays_a_person()
    {
        var catalog = Resolve(
            MarkedDocument.Create("a1", "[Velichko|PERSON] spoke. [Velichko|PERSON] left. [Velichko|PERSON] returned."),
            MarkedDocument.Create("a2", "[Velichko|PERSON] and [Velichko|PERSON] again, then [Velichko|PERSON]."),
            MarkedDocument.Create("a3", "Reporters waited in [Velichko|GPE]."));

        Assert.Equal(2, catalog.Entities.Where(e => e.Name == "Velichko" && e.Type == "PERSON").Sum(e => e.ArticleCount));
    }
}
