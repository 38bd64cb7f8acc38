using NewsTrace.Documents;
using NewsTrace.Entities.CrossDocument;

namespace NewsTrace.Tests.Entities.CrossDocument;

public sealed class CrossDocumentEntityResolverTests
{
    private static EntityCatalog Resolve(params Document[] documents)
    {
        var resolver = new CrossDocumentEntityResolver();
        foreach (var document in documents)
        {
            resolver.Add(document);
        }

        return resolver.Resolve();
    }

    private static HashSet<string> Aliases(CanonicalEntity entity) => entity.Aliases.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Transliterations_titles_and_surnames_across_articles_are_one_person()
    {
        var catalog = Resolve(
            MarkedDocument.Create("a1", "[Sergei Lavrov|PERSON] arrived. [Lavrov|PERSON|Sergei Lavrov] spoke."),
            MarkedDocument.Create("a2", "Foreign Minister [Sergey Lavrov|PERSON] met the press."),
            MarkedDocument.Create("a3", "[Russian|NORP|Russia] Foreign Minister [Sergey Lavrov|PERSON] and [Sergey Lavrov|PERSON] again."),
            MarkedDocument.Create("a4", "Only [Lavrov|PERSON] is named here, with [Russia|GPE]."));

        var lavrov = Assert.Single(catalog.Entities, e => e.Type == "PERSON");
        Assert.Equal("Sergey Lavrov", lavrov.Name);
        Assert.Equal(4, lavrov.ArticleCount);
        Assert.Equal(6, lavrov.MentionCount);
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal) { "Sergei Lavrov", "Sergey Lavrov", "Lavrov", "Foreign Minister Sergey Lavrov", "Russian Foreign Minister Sergey Lavrov" },
            Aliases(lavrov));
        Assert.Equal(AliasKind.Titled, lavrov.Aliases.Single(a => a.Name == "Foreign Minister Sergey Lavrov").Kind);
        Assert.Same(lavrov, catalog.Find("Sergei Lavrov"));
        Assert.Same(lavrov, catalog.EntityOf("a1", "Lavrov"));
    }

    [Fact]
    public void Namesakes_with_different_first_names_stay_apart_and_a_bare_surname_follows_its_context()
    {
        var catalog = Resolve(
            MarkedDocument.Create("f1", "[Ivan Petrov|PERSON] scored twice for [Spartak|ORG] in [Moscow|GPE]."),
            MarkedDocument.Create("p1", "[Igor Petrov|PERSON] chaired the [Central Bank|ORG] meeting in [Kazan|GPE]."),
            MarkedDocument.Create("p2", "[Petrov|PERSON] told the [Central Bank|ORG] board that rates would hold."),
            MarkedDocument.Create("x1", "[Petrov|PERSON] was seen at the market."));

        var ivan = catalog.Find("Ivan Petrov")!;
        var igor = catalog.Find("Igor Petrov")!;

        Assert.NotEqual(ivan.Id, igor.Id);
        Assert.Equal(["f1"], ivan.ArticleIds.ToArray());
        Assert.Equal(["p1", "p2"], igor.ArticleIds.ToArray());
        Assert.NotEqual(igor.Id, catalog.EntityOf("x1", "Petrov")!.Id);
        Assert.NotEqual(ivan.Id, catalog.EntityOf("x1", "Petrov")!.Id);
    }

    [Fact]
    public void A_bare_surname_joins_the_only_person_who_has_it()
    {
        var catalog = Resolve(
            MarkedDocument.Create("a", "[Vladimir Putin|PERSON] spoke."),
            MarkedDocument.Create("b", "[Putin|PERSON] did not."));

        Assert.Equal(catalog.Find("Vladimir Putin")!.Id, catalog.EntityOf("b", "Putin")!.Id);
    }

    [Fact]
    public void Korean_names_join_across_hyphenation_and_family_name_first_mentions()
    {
        var catalog = Resolve(
            MarkedDocument.Create("a", "[Kim Jong Un|PERSON] met [Vladimir Putin|PERSON]."),
            MarkedDocument.Create("b", "[Kim Jong-un|PERSON] greeted the chairman of [State Affairs Kim Jong-un|PERSON]."),
            MarkedDocument.Create("c", "[Kim|PERSON] inspected a factory."));

        var kim = catalog.Find("Kim Jong Un")!;
        Assert.Equal(["a", "b", "c"], kim.ArticleIds.ToArray());
        Assert.Equal(kim.Id, catalog.EntityOf("c", "Kim")!.Id);
    }

    [Fact]
    public void Acronyms_and_aliases_are_one_place()
    {
        var catalog = Resolve(
            MarkedDocument.Create("a", "The [DPRK|GPE|North Korea] fired a missile."),
            MarkedDocument.Create("b", "[North Korea|GPE] denied it."),
            MarkedDocument.Create("c", "The [Democratic People's Republic of Korea|GPE] said so."),
            MarkedDocument.Create("d", "[DPRK|GPE] again."));

        var korea = Assert.Single(catalog.Entities);
        Assert.Equal("North Korea", korea.Name);
        Assert.Equal(4, korea.ArticleCount);
        Assert.Contains("Democratic People's Republic of Korea", Aliases(korea));
    }

    [Fact]
    public void An_acronym_defined_in_one_article_names_the_same_organisation_in_another()
    {
        var catalog = Resolve(
            MarkedDocument.Create("a", "Analysts at the [Dorvan Institute for Regional Studies|ORG] (DIRS) disagreed."),
            MarkedDocument.Create("b", "The [Halvern Scouting Society|ORG], abbreviated as HSS, met."),
            MarkedDocument.Create("c", "A [DIRS|ORG] fellow and an [HSS|ORG] member spoke."));

        Assert.Equal(["a", "c"], catalog.Find("Dorvan Institute for Regional Studies")!.ArticleIds.ToArray());
        Assert.Equal(["b", "c"], catalog.Find("Halvern Scouting Society")!.ArticleIds.ToArray());
    }

    [Fact]
    public void The_long_form_of_a_state_is_the_state()
    {
        var catalog = Resolve(
            MarkedDocument.Create("a", "The [Federal Republic of Kesmaria|GPE] signed."),
            MarkedDocument.Create("b", "[Kesmaria|GPE] signed too, and [Kesmaria|GPE] paid."));

        Assert.Single(catalog.Entities);
        Assert.Equal("Kesmaria", catalog.Entities[0].Name);
    }

    [Fact]
    public void A_description_resolved_by_the_quote_layer_is_an_alias()
    {
        const string text = "\"We will help,\" the Russian minister said. Sergey Lavrov left.";
        var quote = MarkedDocument.Quote(text, "We will help,", "the Russian minister", "Sergey Lavrov");
        var document = MarkedDocument.Create("a", "\"We will help,\" the Russian minister said. [Sergey Lavrov|PERSON] left.", null, quote);

        var lavrov = Assert.Single(Resolve(document).Entities);

        var description = Assert.Single(lavrov.Aliases, a => a.Kind == AliasKind.Description);
        Assert.Equal("the Russian minister", description.Name);
        Assert.Equal(1, lavrov.MentionCount);
    }

    [Fact]
    public void Descriptions_in_apposition_are_aliases_but_lists_of_names_are_not()
    {
        var catalog = Resolve(
            MarkedDocument.Create("a", "[Jonas Prell|PERSON], a senior fellow at the institute, said little. Tevania's ambassador to the United Nations, [Selim Harun|PERSON], spoke."),
            MarkedDocument.Create("b", "The guests were [Mira Kostandin|PERSON], [Ana Sefer|PERSON], and others."));

        Assert.Contains(catalog.Find("Jonas Prell")!.Aliases, a => a is { Name: "a senior fellow at the institute", Kind: AliasKind.Description });
        Assert.Contains(catalog.Find("Selim Harun")!.Aliases, a => a is { Name: "Tevania's ambassador to the United Nations", Kind: AliasKind.Description });
        Assert.All(catalog.Entities, e => Assert.DoesNotContain(e.Aliases, a => a.Kind == AliasKind.Description && a.Name.Contains("Sefer", StringComparison.Ordinal)));
        Assert.Single(catalog.Find("Ana Sefer")!.Aliases);
    }

    [Fact]
    public void Ids_do_not_depend_on_the_order_articles_are_added_in()
    {
        var documents = new[]
        {
            MarkedDocument.Create("a", "[Sergei Lavrov|PERSON] and [Russia|GPE]."),
            MarkedDocument.Create("b", "[Sergey Lavrov|PERSON] in [Moscow|GPE]."),
            MarkedDocument.Create("c", "[Lavrov|PERSON] and [Kim Jong Un|PERSON]."),
        };

        var forward = Resolve(documents);
        var backward = Resolve([.. documents.Reverse()]);

        Assert.Equal(
            forward.Entities.Select(e => (e.Id, e.Name, e.ArticleCount)).Order(),
            backward.Entities.Select(e => (e.Id, e.Name, e.ArticleCount)).Order());
        Assert.All(forward.Entities, e => Assert.Matches("^e[0-9a-f]{12}$", e.Id));
    }
}
