using System.CommandLine;
using NewsTrace.Cli.Output;
using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Storage;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace ingest`: read, extract, analyse and store articles.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var options = new IngestOptionSet();
        var json = CommonOptions.Json();
        var enqueue = new Option<bool>("--enqueue")
        {
            Description = "Only read the inputs and queue them (with their bytes) for `newstrace worker` processes; needs PostgreSQL.",
        };
        var command = new Command("ingest", "Read articles from files, directories or stdin, analyse them, and store them. Rerunning skips what is stored.");
        options.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(enqueue);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            if (result.GetValue(enqueue))
            {
                return await EnqueueCommand.RunAsync(options, result, result.GetValue(json), cancellationToken).ConfigureAwait(false);
            }

            var summary = await options.RunAsync(result, cancellationToken).ConfigureAwait(false);
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
    public static async Task<IngestSummary> RunAsync(IReadOnlyList<string> paths, string database, InputSettings settings, int threads, bool quiet, PublishDate? documentCreationTime, int windowSize, CancellationToken cancellationToken)
    {
        var items = Composition.ReadInputs(paths, settings, cancellationToken);
        await using var store = await Composition.OpenStoreAsync(database, cancellationToken).ConfigureAwait(false);
        var corpusSteps = Composition.CreateCorpusSteps();
        // Stories catch up window by window in the background as the store grows, on the core the analysis leaves,
        // instead of in one pass over the whole backlog at the end.
        using var background = new BackgroundCorpusSteps(corpusSteps, store);
        var ingestor = new CorpusIngestor(Composition.CreateAnalyzer(documentCreationTime), store)
        {
            DegreeOfParallelism = threads,
            Fingerprints = store as IFingerprintStore,
            OnWindow = background.PostAsync,
            WindowSize = windowSize,
        };
        IngestSummary summary;
        using (var progress = new ProgressBar(InputCounter.CountFiles(paths), quiet))
        {
            try
            {
                summary = await ingestor.RunAsync(items, progress, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                // Even when the ingest fails, let the windows already queued finish: they use the store disposed below.
                await background.CompleteAsync().ConfigureAwait(false);
            }
        }

        await corpusSteps.RunAsync(store, cancellationToken).ConfigureAwait(false);

        if (!quiet)
        {
            SummaryPrinter.Print(summary, Console.Error);
        }

        return summary;
    }
}
