using System.Globalization;
using System.Xml;

namespace NewsTrace.Reuse.Provenance.Export;

/// <summary>
/// A provenance graph as GraphML (http://graphml.graphdrawing.org/), the format yEd, Gephi, Cytoscape and NetworkX
/// read: a directed graph whose nodes and edges carry their attributes as declared &lt;key&gt; data.
/// </summary>
public static class ProvenanceGraphMLWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("n_kind", "node", "kind", "string"),
        ("n_label", "node", "label", "string"),
        ("n_article", "node", "article", "string"),
        ("n_site", "node", "site", "string"),
        ("n_title", "node", "title", "string"),
        ("n_published", "node", "published", "string"),
        ("e_kind", "edge", "kind", "string"),
        ("e_relation", "edge", "relation", "string"),
        ("e_direction_known", "edge", "direction_known", "boolean"),
        ("e_similarity", "edge", "similarity", "double"),
        ("e_reasons", "edge", "reasons", "string"),
        ("e_discrepancies", "edge", "discrepancies", "int"),
    ];

    public static void Write(ProvenanceGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var (id, target, name, type) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", graph.StoryId);
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Key);
            Data(xml, "n_kind", node.Kind == ProvenanceNodeKind.Article ? "article" : "outside-source");
            Data(xml, "n_label", node.Label);
            Data(xml, "n_article", node.ArticleId);
            Data(xml, "n_site", node.Site);
            Data(xml, "n_title", node.Title);
            Data(xml, "n_published", node.Published);
            xml.WriteEndElement();
        }

        var index = 0;
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", string.Create(CultureInfo.InvariantCulture, $"e{index++}"));
            xml.WriteAttributeString("source", edge.From);
            xml.WriteAttributeString("target", edge.To);
            Data(xml, "e_kind", ProvenanceJsonWriter.KindName(edge.Kind));
            Data(xml, "e_relation", edge.Relation?.Name());
            Data(xml, "e_direction_known", edge.DirectionKnown ? "true" : "false");
            Data(xml, "e_similarity", edge.Similarity.ToString("0.####", CultureInfo.InvariantCulture));
            Data(xml, "e_reasons", string.Join(" | ", edge.Reasons));
            Data(xml, "e_discrepancies", edge.Discrepancies.Length.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlText.Clean(value));
        xml.WriteEndElement();
    }
}
