using System.CommandLine;
using NewsTrace.Cli.Output;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace run PATH...`: the main job in one command: ingest and analyse, then print the corpus report.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var options = new IngestOptionSet();
        var reportFormat = ReportCommand.FormatOption();
        var outputFile = ReportCommand.OutputOption();
        var command = new Command("run", "Ingest the inputs, then print the corpus report (ingest + report in one go).");
        options.AddTo(command);
        command.Options.Add(reportFormat);
        command.Options.Add(outputFile);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var summary = await options.RunAsync(result, cancellationToken).ConfigureAwait(false);
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(options.Database), cancellationToken).ConfigureAwait(false);
            await ReportCommand.WriteAsync(store, result.GetRequiredValue(reportFormat), result.GetValue(outputFile), cancellationToken).ConfigureAwait(false);
            return SummaryPrinter.ExitCode(summary);
        }));
        return command;
    }
}
