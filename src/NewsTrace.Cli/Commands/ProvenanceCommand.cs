using System.CommandLine;
using System.Text;
using NewsTrace.Cli.Output;
using NewsTrace.Reuse.Provenance;
using NewsTrace.Reuse.Provenance.Export;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace provenance ID`: who copied whom in a story, as a tree, JSON, GraphML or GEXF.</summary>
internal static class ProvenanceCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "A story id (as `stories` prints it), or an article of the story: its id, record id or file path." };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var format = new Option<string>("--as")
        {
            Description = "Output: tree (for people), json, graphml or gexf.",
            DefaultValueFactory = _ => "tree",
            HelpName = "tree|json|graphml|gexf",
        };
        var outputFile = ReportCommand.OutputOption();
        var command = new Command("provenance", "Show who copied whom in a story: the likely original at the root, copies below with the evidence.") { id, db, format, json, outputFile };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var kind = result.GetValue(json) ? "json" : result.GetRequiredValue(format).ToUpperInvariant() switch
            {
                "TREE" => "tree",
                "JSON" => "json",
                "GRAPHML" => "graphml",
                "GEXF" => "gexf",
                var other => throw new UsageException($"Unknown output '{other}': use tree, json, graphml or gexf."),
            };
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var wanted = result.GetRequiredValue(id);
            var analysis = await ProvenanceLoader.ForAsync(store, wanted, cancellationToken).ConfigureAwait(false);
            if (analysis is null || analysis.Graphs.IsEmpty)
            {
                await Console.Error.WriteLineAsync($"newstrace: no story or article '{wanted}'; `newstrace stories` lists them.").ConfigureAwait(false);
                return ExitCodes.NotFound;
            }

            var graph = analysis.Graphs[0];
            var path = result.GetValue(outputFile);
            if (path is null)
            {
                Write(graph, kind, Console.Out);
                return ExitCodes.Success;
            }

            var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await using (file.ConfigureAwait(false))
            {
                Write(graph, kind, file);
            }

            await Console.Error.WriteLineAsync($"Provenance written to {path}").ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(ProvenanceGraph graph, string kind, TextWriter output)
    {
        switch (kind)
        {
            case "json":
                output.Write(JsonText.Of(writer =>
                {
                    writer.WriteStartObject();
                    ProvenanceJsonWriter.WriteProperties(writer, graph);
                    writer.WriteEndObject();
                }));
                output.WriteLine();
                break;
            case "graphml":
                ProvenanceGraphMLWriter.Write(graph, output);
                output.WriteLine();
                break;
            case "gexf":
                ProvenanceGexfWriter.Write(graph, output);
                output.WriteLine();
                break;
            default:
                ProvenanceTreeWriter.Write(graph, output);
                break;
        }
    }
}
