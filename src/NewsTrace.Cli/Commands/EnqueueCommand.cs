using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Workers;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace ingest --enqueue`: read inputs and queue them for workers, analysing nothing.</summary>
internal static class EnqueueCommand
{
    public static async Task<int> RunAsync(IngestOptionSet options, ParseResult result, bool json, CancellationToken cancellationToken)
    {
        var paths = result.GetRequiredValue(options.Paths);
        var settings = new InputSettings(result.GetValue(options.Format), result.GetValue(options.Map), result.GetValue(options.MaxBytes));
        await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(options.Database), cancellationToken).ConfigureAwait(false);
        var queue = Composition.RequireWorkQueue(store, "ingest --enqueue");
        var enqueuer = new WorkEnqueuer(queue, store) { DocumentCreationTime = result.GetValue(options.DocumentCreationTime) };
        var summary = await enqueuer.RunAsync(Composition.ReadInputs(paths, settings, cancellationToken), cancellationToken).ConfigureAwait(false);

        if (json)
        {
            using var output = new JsonOutput(OutputMode.JsonLines);
            output.WriteObject(writer =>
            {
                writer.WriteNumber("read", summary.Read);
                writer.WriteNumber("queued", summary.Queued);
                writer.WriteNumber("already_queued", summary.AlreadyQueued);
                writer.WriteNumber("new_sources", summary.NewSources);
                writer.WriteNumber("already_stored", summary.AlreadyStored);
                writer.WriteNumber("failed", summary.Failures.Length);
                writer.WriteStartArray("failures");
                foreach (var failure in summary.Failures)
                {
                    writer.WriteStartObject();
                    writer.WriteString("source", failure.Source);
                    writer.WriteString("reason", failure.Message);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteNumber("bytes", summary.Bytes);
                writer.WriteNumber("seconds", Math.Round(summary.Elapsed.TotalSeconds, 3));
            });
        }

        if (!result.GetValue(options.Quiet))
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Read {summary.Read} inputs in {summary.Elapsed.TotalSeconds:0.0} s: {summary.Queued} queued for workers, {summary.AlreadyQueued} already queued, "
                + $"{summary.NewSources} more names for queued content, {summary.AlreadyStored} already stored, {summary.Failures.Length} failed.")).ConfigureAwait(false);
            foreach (var failure in summary.Failures)
            {
                await Console.Error.WriteLineAsync($"  failed: {failure.Source}: {failure.Message}").ConfigureAwait(false);
            }
        }

        return summary.Failures.IsEmpty ? ExitCodes.Success : summary.Failures.Length < summary.Read ? ExitCodes.PartialSuccess : ExitCodes.Failure;
    }
}
