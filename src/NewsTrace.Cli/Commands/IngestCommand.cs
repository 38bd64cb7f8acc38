using System.CommandLine;
using NewsTrace.Cli.Output;
using NewsTrace.Pipeline;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace ingest`: read, extract, analyse and store articles.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var db = CommonOptions.Database();
        var format = CommonOptions.Format();
        var map = CommonOptions.Map();
        var maxBytes = CommonOptions.MaxBytes();
        var threads = CommonOptions.Threads();
        var json = CommonOptions.Json();
        var quiet = CommonOptions.Quiet();
        var command = new Command("ingest", "Read articles from files, directories or stdin, analyse them, and store them. Rerunning skips what is stored.")
        {
            paths, db, format, map, maxBytes, threads, json, quiet,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var summary = await RunAsync(
                result.GetRequiredValue(paths),
                result.GetRequiredValue(db),
                new InputSettings(result.GetValue(format), result.GetValue(map), result.GetValue(maxBytes)),
                result.GetValue(threads),
                result.GetValue(quiet),
                cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                using var output = new JsonOutput(OutputMode.JsonLines);
                output.WriteObject(writer => SummaryPrinter.WriteJson(summary, writer));
            }

            return SummaryPrinter.ExitCode(summary);
        }));
        return command;
    }

    /// <summary>Ingests and prints the closing summary on stderr (unless quiet). Shared with `run`.</summary>
    public static async Task<IngestSummary> RunAsync(IReadOnlyList<string> paths, string database, InputSettings settings, int threads, bool quiet, CancellationToken cancellationToken)
    {
        var items = Composition.ReadInputs(paths, settings, cancellationToken);
        await using var store = await Composition.OpenStoreAsync(database, cancellationToken).ConfigureAwait(false);
        var ingestor = new CorpusIngestor(Composition.CreateAnalyzer(), store) { DegreeOfParallelism = threads };
        IngestSummary summary;
        using (var progress = new ProgressBar(InputCounter.CountFiles(paths), quiet))
        {
            summary = await ingestor.RunAsync(items, progress, cancellationToken).ConfigureAwait(false);
        }

        if (!quiet)
        {
            SummaryPrinter.Print(summary, Console.Error);
        }

        return summary;
    }
}
