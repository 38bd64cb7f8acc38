using System.Globalization;
using NewsTrace.Reuse;
using NewsTrace.Reuse.Discrepancies;
using NewsTrace.Reuse.Provenance;

namespace NewsTrace.Cli.Output;

/// <summary>
/// A provenance graph as a tree for people: each likely original at a root, its copies below it with the relation,
/// outlet, date and the reasons for the direction, then the outside sources the articles credit.
/// </summary>
internal static class ProvenanceTreeWriter
{
    public static void Write(ProvenanceGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Story {graph.StoryId}: {graph.Title ?? "(untitled)"}");
        output.WriteLine();
        var printed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in graph.Roots)
        {
            output.WriteLine(NodeLine(root, graph.CopiesOf(root.Key).Any() ? "likely original" : "no copies found"));
            printed.Add(root.Key);
            Children(graph, root.Key, "", output, printed);
        }

        var sources = graph.Nodes.Where(n => n.Kind == ProvenanceNodeKind.OutsideSource).ToList();
        if (sources.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Credited sources:");
        foreach (var source in sources)
        {
            var reasons = graph.Edges
                .Where(e => e.Kind == ProvenanceEdgeKind.Credits && string.Equals(e.From, source.Key, StringComparison.Ordinal))
                .SelectMany(e => e.Reasons);
            output.WriteLine($"  {source.Label}");
            foreach (var reason in reasons)
            {
                output.WriteLine($"    {reason}");
            }
        }
    }

    private static void Children(ProvenanceGraph graph, string key, string indent, TextWriter output, HashSet<string> printed)
    {
        var copies = graph.CopiesOf(key).ToList();
        for (var i = 0; i < copies.Count; i++)
        {
            var edge = copies[i];
            var last = i == copies.Count - 1;
            if (graph.Node(edge.To) is not { } node || !printed.Add(node.Key))
            {
                continue;
            }

            var relation = edge.Relation?.Name() ?? "copy";
            var direction = edge.DirectionKnown ? "" : " (direction unknown)";
            output.WriteLine($"{indent}{(last ? "└─ " : "├─ ")}{relation}{direction}: {NodeLine(node, null)}");
            var inner = indent + (last ? "   " : "│  ");
            foreach (var reason in edge.Reasons)
            {
                output.WriteLine($"{inner}  · {reason}");
            }

            foreach (var discrepancy in edge.Discrepancies)
            {
                output.WriteLine($"{inner}  ! {discrepancy.Field.Name()} ({discrepancy.Severity.Name()}): {discrepancy.Explanation}");
            }

            Children(graph, node.Key, inner, output, printed);
        }
    }

    private static string NodeLine(ProvenanceNode node, string? note)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{node.Site ?? "-"} · {node.Published ?? "undated"} · {node.Title ?? "(untitled)"} [{node.Key}]");
        return note is null ? line : $"{line} ({note})";
    }
}
