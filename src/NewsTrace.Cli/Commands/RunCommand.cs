using System.CommandLine;
using NewsTrace.Cli.Output;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace run PATH...`: the main job in one command: ingest and analyse, then print the corpus report.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var db = CommonOptions.Database();
        var format = CommonOptions.Format();
        var map = CommonOptions.Map();
        var maxBytes = CommonOptions.MaxBytes();
        var threads = CommonOptions.Threads();
        var quiet = CommonOptions.Quiet();
        var reportFormat = ReportCommand.FormatOption();
        var outputFile = ReportCommand.OutputOption();
        var command = new Command("run", "Ingest the inputs, then print the corpus report (ingest + report in one go).")
        {
            paths, db, format, map, maxBytes, threads, quiet, reportFormat, outputFile,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var database = result.GetRequiredValue(db);
            var summary = await IngestCommand.RunAsync(
                result.GetRequiredValue(paths),
                database,
                new InputSettings(result.GetValue(format), result.GetValue(map), result.GetValue(maxBytes)),
                result.GetValue(threads),
                result.GetValue(quiet),
                cancellationToken).ConfigureAwait(false);
            await using var store = await Composition.OpenStoreAsync(database, cancellationToken).ConfigureAwait(false);
            await ReportCommand.WriteAsync(store, result.GetRequiredValue(reportFormat), result.GetValue(outputFile), cancellationToken).ConfigureAwait(false);
            return SummaryPrinter.ExitCode(summary);
        }));
        return command;
    }
}
