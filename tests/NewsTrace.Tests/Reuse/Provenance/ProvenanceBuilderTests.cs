using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Reuse;
using NewsTrace.Reuse.Alignment;
using NewsTrace.Reuse.Provenance;

namespace NewsTrace.Tests.Reuse.Provenance;

/// <summary>Directions and immediate sources from hand-made comparisons: no comparer involved.</summary>
public sealed class ProvenanceBuilderTests
{
    private const string Body = "The bridge over the river will be rebuilt by next spring, the minister said on Thursday.";

    [Fact]
    public void A_copy_of_a_reprint_points_to_the_reprint_when_it_has_the_reprint_headline()
    {
        var wire = Article("wire", "Minister pledges bridge", Body, At(2024, 10, 17, 10), site: "Meridian News Agency", credits: ["Meridian"]);
        var reprint = Article("reprint", "Bridge to be rebuilt", Body, At(2024, 10, 17, 15), site: "The Gazette", credits: ["Meridian"]);
        var farm = Article("farm", "Bridge to be rebuilt", Body, At(2025, 3, 4, 6), site: "Farm");

        var graph = new ProvenanceBuilder().Build("s1", "Bridge", [wire, reprint, farm], [Same(wire, reprint), Same(wire, farm), Same(reprint, farm)]);

        var derived = graph.Edges.Where(e => e.Kind == ProvenanceEdgeKind.DerivedFrom).ToDictionary(e => e.To, e => e);
        Assert.Equal("wire", derived["reprint"].From);
        Assert.Equal("reprint", derived["farm"].From);
        Assert.Contains(derived["reprint"].Reasons, r => r.Contains("credits 'Meridian'", StringComparison.Ordinal));
        Assert.Contains(derived["farm"].Reasons, r => r.Contains("headline", StringComparison.Ordinal));
        Assert.Equal(["wire"], graph.Roots.Select(n => n.Key));
        Assert.Contains(graph.Nodes, n => n.Kind == ProvenanceNodeKind.OutsideSource && n.Label == "Meridian");
    }

    [Fact]
    public void A_copy_that_a_reprint_explains_no_better_points_to_the_earlier_wire()
    {
        var wire = Article("wire", "Minister pledges bridge", Body, At(2024, 10, 17, 10));
        var reprint = Article("reprint", "Bridge to be rebuilt", Body, At(2024, 10, 17, 15));
        var copy = Article("copy", "Another headline", Body, At(2024, 10, 19, 9));

        var graph = new ProvenanceBuilder().Build("s1", null, [wire, reprint, copy], [Same(wire, reprint), Same(wire, copy), Same(reprint, copy)]);

        Assert.Equal("wire", graph.Edges.Single(e => e.To == "copy").From);
    }

    [Fact]
    public void Undated_copies_get_one_edge_whose_direction_is_unknown()
    {
        var a = Article("a", null, Body, null);
        var b = Article("b", null, Body, null);

        var graph = new ProvenanceBuilder().Build("s1", null, [a, b], [Same(b, a)]);

        var edge = Assert.Single(graph.Edges);
        Assert.False(edge.DirectionKnown);
        Assert.Equal(("a", "b"), (edge.From, edge.To));
    }

    [Fact]
    public void Articles_that_share_no_passages_get_no_edge()
    {
        var a = Article("a", null, Body, At(2024, 10, 17, 10));
        var b = Article("b", null, "Floods forced hundreds from their homes in the valley overnight.", At(2024, 10, 18, 10));
        var comparison = new PairComparison("a", "b", ReuseRelation.SameStory, 0.1, 0.1, 0.1, []);

        var graph = new ProvenanceBuilder().Build("s1", null, [a, b], [comparison]);

        Assert.Empty(graph.Edges);
    }

    private static ProvenanceArticle Article(string id, string? title, string text, PublishDate? published, string? site = null, ImmutableArray<string> credits = default)
        => new(
            new Document(id, text, new ArticleMetadata { Title = title, Published = published, Site = site, Credits = credits.IsDefault ? [] : credits }),
            [id]);

    private static PublishDate At(int year, int month, int day, int hour) => new(new DateOnly(year, month, day), new TimeOnly(hour, 0), TimeSpan.Zero);

    /// <summary>A near-copy comparison aligning the two texts whole.</summary>
    private static PairComparison Same(ProvenanceArticle left, ProvenanceArticle right)
        => new(left.Id, right.Id, ReuseRelation.NearCopy, 0.95, 1, 1,
            [new AlignedPassage(new TextSpan(0, left.Document.Text.Length), new TextSpan(0, right.Document.Text.Length), 1, PassageMatch.Verbatim)]);
}
