using System.CommandLine;
using NewsTrace.Cli.Output;
using NewsTrace.Reuse.Discrepancies;
using NewsTrace.Reuse.Provenance;
using NewsTrace.Reuse.Provenance.Export;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace discrepancies`: facts that copies state differently from their sources.</summary>
internal static class DiscrepanciesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var jsonLines = CommonOptions.JsonLines();
        var story = new Option<string?>("--story") { Description = "Only this story (as `stories` prints it).", HelpName = "ID" };
        var command = new Command("discrepancies", "List facts (names, places, numbers, dates, quote wording) that copies changed from their sources.") { story, db, json, jsonLines };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var storyId = result.GetValue(story);
            var analysis = await ProvenanceLoader.AllAsync(store, storyId, cancellationToken).ConfigureAwait(false);
            if (storyId is not null && analysis.Graphs.IsEmpty)
            {
                await Console.Error.WriteLineAsync($"newstrace: no story '{storyId}'; `newstrace stories` lists them.").ConfigureAwait(false);
                return ExitCodes.NotFound;
            }

            // An edge can appear in two stories' graphs when it links them; each discrepancy is listed once.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var found = analysis.Discrepancies
                .Where(x => seen.Add($"{x.Edge.From}|{x.Edge.To}|{x.Discrepancy.Field}|{x.Discrepancy.Original.Change}|{x.Discrepancy.Changed.Change}|{x.Discrepancy.Original.Text}"))
                .ToList();
            var mode = CommonOptions.Mode(result, json, jsonLines);
            if (mode != OutputMode.Table)
            {
                using var output = new JsonOutput(mode);
                foreach (var (graph, edge, discrepancy) in found)
                {
                    output.WriteObject(writer =>
                    {
                        writer.WriteString("story", graph.StoryId);
                        writer.WriteString("source", edge.From);
                        writer.WriteString("copy", edge.To);
                        writer.WriteString("source_site", graph.Node(edge.From)?.Site);
                        writer.WriteString("copy_site", graph.Node(edge.To)?.Site);
                        ProvenanceJsonWriter.WriteDiscrepancy(writer, discrepancy);
                    });
                }

                return ExitCodes.Success;
            }

            foreach (var (graph, edge, discrepancy) in found)
            {
                Print(graph, edge, discrepancy);
            }

            Console.WriteLine(found.Count == 1 ? "1 discrepancy." : $"{found.Count} discrepancies.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Print(ProvenanceGraph graph, ProvenanceEdge edge, Discrepancy discrepancy)
    {
        var source = graph.Node(edge.From);
        var copy = graph.Node(edge.To);
        Console.WriteLine($"{discrepancy.Field.Name()} ({discrepancy.Severity.Name()}): {discrepancy.Explanation}");
        Console.WriteLine($"  source: {source?.Site ?? "-"} · {source?.Published ?? "undated"} [{edge.From}]");
        Console.WriteLine($"          {discrepancy.Original.PassageText ?? discrepancy.Original.Text}");
        Console.WriteLine($"  copy:   {copy?.Site ?? "-"} · {copy?.Published ?? "undated"} [{edge.To}]");
        Console.WriteLine($"          {discrepancy.Changed.PassageText ?? discrepancy.Changed.Text}");
        Console.WriteLine();
    }
}
