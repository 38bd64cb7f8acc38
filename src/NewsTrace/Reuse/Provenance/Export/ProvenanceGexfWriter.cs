using System.Globalization;
using System.Xml;

namespace NewsTrace.Reuse.Provenance.Export;

/// <summary>A provenance graph as GEXF 1.3 (https://gexf.net), Gephi's native format: a directed graph with declared attributes.</summary>
public static class ProvenanceGexfWriter
{
    public const string Namespace = "http://gexf.net/1.3";

    private static readonly string[] NodeAttributes = ["kind", "article", "site", "title", "published"];

    private static readonly string[] EdgeAttributes = ["kind", "relation", "direction_known", "similarity", "reasons", "discrepancies"];

    public static void Write(ProvenanceGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "NewsTrace");
        xml.WriteElementString("description", Namespace, XmlText.Clean($"Provenance of story {graph.StoryId}: {graph.Title}"));
        xml.WriteEndElement();
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("mode", "static");
        xml.WriteAttributeString("defaultedgetype", "directed");
        Declare(xml, "node", NodeAttributes);
        Declare(xml, "edge", EdgeAttributes);

        xml.WriteStartElement("nodes", Namespace);
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Key);
            xml.WriteAttributeString("label", XmlText.Clean(node.Label));
            Values(xml, "n", [node.Kind == ProvenanceNodeKind.Article ? "article" : "outside-source", node.ArticleId, node.Site, node.Title, node.Published]);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        var index = 0;
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", string.Create(CultureInfo.InvariantCulture, $"e{index++}"));
            xml.WriteAttributeString("source", edge.From);
            xml.WriteAttributeString("target", edge.To);
            xml.WriteAttributeString("label", edge.Relation?.Name() ?? ProvenanceJsonWriter.KindName(edge.Kind));
            xml.WriteAttributeString("weight", edge.Kind == ProvenanceEdgeKind.DerivedFrom ? Math.Max(edge.Similarity, 0.01).ToString("0.####", CultureInfo.InvariantCulture) : "1");
            Values(xml, "e",
            [
                ProvenanceJsonWriter.KindName(edge.Kind),
                edge.Relation?.Name(),
                edge.DirectionKnown ? "true" : "false",
                edge.Similarity.ToString("0.####", CultureInfo.InvariantCulture),
                string.Join(" | ", edge.Reasons),
                edge.Discrepancies.Length.ToString(CultureInfo.InvariantCulture),
            ]);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Declare(XmlWriter xml, string target, string[] names)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", target);
        for (var i = 0; i < names.Length; i++)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", string.Create(CultureInfo.InvariantCulture, $"{target[0]}{i}"));
            xml.WriteAttributeString("title", names[i]);
            xml.WriteAttributeString("type", names[i] switch
            {
                "direction_known" => "boolean",
                "similarity" => "double",
                "discrepancies" => "integer",
                _ => "string",
            });
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>Attribute values in declaration order; the declaration ids are the class letter and the index ("n0", "e3").</summary>
    private static void Values(XmlWriter xml, string prefix, string?[] values)
    {
        xml.WriteStartElement("attvalues", Namespace);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                xml.WriteStartElement("attvalue", Namespace);
                xml.WriteAttributeString("for", string.Create(CultureInfo.InvariantCulture, $"{prefix}{i}"));
                xml.WriteAttributeString("value", XmlText.Clean(value));
                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
    }
}
