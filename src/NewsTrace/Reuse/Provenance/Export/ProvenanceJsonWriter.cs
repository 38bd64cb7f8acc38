using System.Text.Json;
using NewsTrace.Documents;
using NewsTrace.Reuse.Discrepancies;

namespace NewsTrace.Reuse.Provenance.Export;

/// <summary>
/// The JSON form of a provenance graph: {"story", "title", "nodes": [...], "edges": [...]}, each derived-from edge
/// with its relation, direction, reasons, aligned passages (spans and texts, with the differing words) and
/// discrepancies. Spans are half-open UTF-16 offsets into the article texts, as everywhere in NewsTrace.
/// </summary>
public static class ProvenanceJsonWriter
{
    /// <summary>Writes the graph's properties into the object the caller has started.</summary>
    public static void WriteProperties(Utf8JsonWriter writer, ProvenanceGraph graph)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(graph);
        writer.WriteString("story", graph.StoryId);
        writer.WriteString("title", graph.Title);
        writer.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            writer.WriteStartObject();
            writer.WriteString("key", node.Key);
            writer.WriteString("kind", node.Kind == ProvenanceNodeKind.Article ? "article" : "outside-source");
            writer.WriteString("label", node.Label);
            writer.WriteString("article", node.ArticleId);
            writer.WriteString("site", node.Site);
            writer.WriteString("title", node.Title);
            writer.WriteString("published", node.Published);
            writer.WriteString("url", node.Url);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            writer.WriteStartObject();
            WriteEdge(writer, edge);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteEdge(Utf8JsonWriter writer, ProvenanceEdge edge)
    {
        writer.WriteString("from", edge.From);
        writer.WriteString("to", edge.To);
        writer.WriteString("kind", KindName(edge.Kind));
        writer.WriteString("relation", edge.Relation?.Name());
        writer.WriteBoolean("direction_known", edge.DirectionKnown);
        writer.WriteNumber("similarity", Math.Round(edge.Similarity, 4));
        writer.WriteStartArray("reasons");
        foreach (var reason in edge.Reasons)
        {
            writer.WriteStringValue(reason);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("passages");
        foreach (var passage in edge.Passages)
        {
            writer.WriteStartObject();
            WriteSpan(writer, "source", passage.Passage.Left);
            WriteSpan(writer, "copy", passage.Passage.Right);
            writer.WriteNumber("similarity", Math.Round(passage.Passage.Similarity, 4));
            writer.WriteString("match", passage.Passage.Match == Alignment.PassageMatch.Verbatim ? "verbatim" : "reworded");
            writer.WriteString("source_text", passage.SourceText);
            writer.WriteString("copy_text", passage.CopyText);
            writer.WriteStartArray("changes");
            foreach (var change in passage.Changes)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", change.Kind.ToString().ToLowerInvariant());
                WriteSpan(writer, "source", change.Left);
                WriteSpan(writer, "copy", change.Right);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("discrepancies");
        foreach (var discrepancy in edge.Discrepancies)
        {
            writer.WriteStartObject();
            WriteDiscrepancy(writer, discrepancy);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>One discrepancy's properties: field, severity, explanation, and both sides.</summary>
    public static void WriteDiscrepancy(Utf8JsonWriter writer, Discrepancy discrepancy)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(discrepancy);
        writer.WriteString("field", discrepancy.Field.Name());
        writer.WriteString("severity", discrepancy.Severity.Name());
        writer.WriteString("explanation", discrepancy.Explanation);
        WriteSide(writer, "original", discrepancy.Original);
        WriteSide(writer, "changed", discrepancy.Changed);
    }

    private static void WriteSide(Utf8JsonWriter writer, string name, DiscrepancySide side)
    {
        writer.WriteStartObject(name);
        writer.WriteString("article", side.ArticleId);
        writer.WriteString("text", side.Text);
        if (side.Passage is { } passage)
        {
            WriteSpan(writer, "passage", passage);
        }
        else
        {
            writer.WriteNull("passage");
        }

        if (side.Change is { } change)
        {
            WriteSpan(writer, "change", change);
        }
        else
        {
            writer.WriteNull("change");
        }

        writer.WriteString("passage_text", side.PassageText);
        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, string name, TextSpan span)
    {
        writer.WriteStartArray(name);
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.End);
        writer.WriteEndArray();
    }

    internal static string KindName(ProvenanceEdgeKind kind) => kind == ProvenanceEdgeKind.DerivedFrom ? "derived-from" : "credits";
}
