using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using NewsTrace.Documents;
using NewsTrace.Reuse;
using NewsTrace.Reuse.Alignment;
using NewsTrace.Reuse.Discrepancies;
using NewsTrace.Reuse.Provenance;
using NewsTrace.Reuse.Provenance.Export;

namespace NewsTrace.Tests.Reuse.Provenance;

/// <summary>The exports parse back: valid JSON, GraphML and GEXF with every node and edge.</summary>
public sealed class ProvenanceExportTests
{
    private static readonly ProvenanceGraph Graph = new(
        "s0123456789ab",
        "Bridge & <crossing> \"talks\"",
        [
            new ProvenanceNode("wire-1", ProvenanceNodeKind.Article, "Meridian: Bridge talks", "a1") { Site = "Meridian News Agency", Published = "2024-10-17T13:05+03:00" },
            new ProvenanceNode("pages/copy.html", ProvenanceNodeKind.Article, "Gazette: Bridge <talks>\u0001", "a2") { Site = "The Gazette" },
            new ProvenanceNode("source:Meridian", ProvenanceNodeKind.OutsideSource, "Meridian", null),
        ],
        [
            new ProvenanceEdge("wire-1", "pages/copy.html", ProvenanceEdgeKind.DerivedFrom, ["published 5 h after", "credits 'Meridian'"])
            {
                Relation = ReuseRelation.NearCopy,
                Similarity = 0.9,
                Passages = [new ProvenancePassage(new AlignedPassage(new TextSpan(0, 5), new TextSpan(2, 7), 1, PassageMatch.Verbatim), "Talks", "Talks", [])],
                Discrepancies =
                [
                    new Discrepancy(
                        DiscrepancyField.Number, DiscrepancySeverity.High,
                        new DiscrepancySide("a1", new TextSpan(0, 5), new TextSpan(0, 1), "5"),
                        new DiscrepancySide("a2", new TextSpan(2, 7), new TextSpan(2, 3), "6"),
                        "'5' became '6'"),
                ],
            },
            new ProvenanceEdge("source:Meridian", "pages/copy.html", ProvenanceEdgeKind.Credits, ["credits Meridian"]),
        ]);

    [Fact]
    public void Json_round_trips_nodes_edges_and_discrepancies()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            ProvenanceJsonWriter.WriteProperties(writer, Graph);
            writer.WriteEndObject();
        }

        using var json = JsonDocument.Parse(buffer.ToArray());
        var root = json.RootElement;
        Assert.Equal("s0123456789ab", root.GetProperty("story").GetString());
        Assert.Equal(3, root.GetProperty("nodes").GetArrayLength());
        var edge = root.GetProperty("edges")[0];
        Assert.Equal("derived-from", edge.GetProperty("kind").GetString());
        Assert.Equal("near-copy", edge.GetProperty("relation").GetString());
        Assert.Equal("number", edge.GetProperty("discrepancies")[0].GetProperty("field").GetString());
        Assert.Equal(2, edge.GetProperty("passages")[0].GetProperty("copy")[0].GetInt32());
    }

    [Fact]
    public void GraphML_is_valid_xml_with_every_node_and_edge()
    {
        var xml = XDocument.Parse(Write(ProvenanceGraphMLWriter.Write));
        XNamespace ns = ProvenanceGraphMLWriter.Namespace;

        var graph = xml.Root!.Element(ns + "graph")!;
        Assert.Equal("directed", graph.Attribute("edgedefault")!.Value);
        Assert.Equal(["wire-1", "pages/copy.html", "source:Meridian"], graph.Elements(ns + "node").Select(n => n.Attribute("id")!.Value));
        var edges = graph.Elements(ns + "edge").ToList();
        Assert.Equal(2, edges.Count);
        Assert.Equal("wire-1", edges[0].Attribute("source")!.Value);
        Assert.Equal("near-copy", edges[0].Elements(ns + "data").Single(d => d.Attribute("key")!.Value == "e_relation").Value);
        var keys = xml.Root.Elements(ns + "key").Select(k => k.Attribute("id")!.Value).ToHashSet();
        Assert.All(xml.Descendants(ns + "data"), d => Assert.Contains(d.Attribute("key")!.Value, keys));
    }

    [Fact]
    public void Gexf_is_valid_xml_with_every_node_and_edge()
    {
        var xml = XDocument.Parse(Write(ProvenanceGexfWriter.Write));
        XNamespace ns = ProvenanceGexfWriter.Namespace;

        Assert.Equal("1.3", xml.Root!.Attribute("version")!.Value);
        var graph = xml.Root.Element(ns + "graph")!;
        var nodes = graph.Element(ns + "nodes")!.Elements(ns + "node").ToList();
        Assert.Equal(3, nodes.Count);
        Assert.Equal("Gazette: Bridge <talks>", nodes[1].Attribute("label")!.Value);
        var edges = graph.Element(ns + "edges")!.Elements(ns + "edge").ToList();
        Assert.Equal(["wire-1", "source:Meridian"], edges.Select(e => e.Attribute("source")!.Value));
        var declared = graph.Elements(ns + "attributes").SelectMany(a => a.Elements(ns + "attribute")).Select(a => a.Attribute("id")!.Value).ToHashSet();
        Assert.All(xml.Descendants(ns + "attvalue"), v => Assert.Contains(v.Attribute("for")!.Value, declared));
    }

    private static string Write(Action<ProvenanceGraph, TextWriter> write)
    {
        var builder = new StringBuilder();
        using (var writer = new StringWriter(builder))
        {
            write(Graph, writer);
        }

        return builder.ToString();
    }
}
