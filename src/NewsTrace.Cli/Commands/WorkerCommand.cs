using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Storage;
using NewsTrace.Workers;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace worker`: claim batches from the PostgreSQL work queue, analyse them and write the results.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var batch = new Option<int>("--batch")
        {
            Description = "Inputs claimed per batch and written per transaction.",
            DefaultValueFactory = _ => 64,
            HelpName = "N",
        };
        var lease = new Option<int>("--lease")
        {
            Description = "Seconds a claim lasts without renewal (a running worker renews it): how soon a killed worker's batch goes to another.",
            DefaultValueFactory = _ => 120,
            HelpName = "SECONDS",
        };
        var attempts = new Option<int>("--max-attempts")
        {
            Description = "Claims after which an input that never completes is recorded as failed.",
            DefaultValueFactory = _ => 3,
            HelpName = "N",
        };
        var untilIdle = new Option<bool>("--until-idle") { Description = "Exit once nothing is pending or leased, instead of waiting for more work." };
        var threads = CommonOptions.Threads();
        var window = CommonOptions.Window();
        var quiet = CommonOptions.Quiet();
        var json = CommonOptions.Json();
        var command = new Command("worker", "Process inputs queued by 'ingest --enqueue' (PostgreSQL): run as many as you like, on any machines.")
        {
            db, batch, lease, attempts, untilIdle, threads, window, quiet, json,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var batchSize = result.GetValue(batch);
            var leaseSeconds = result.GetValue(lease);
            var maxAttempts = result.GetValue(attempts);
            var windowSize = result.GetValue(window);
            if (batchSize < 1 || leaseSeconds < 1 || maxAttempts < 1 || windowSize < 1)
            {
                throw new UsageException("--batch, --lease, --max-attempts and --window must be at least 1.");
            }

            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var queue = Composition.RequireWorkQueue(store, "newstrace worker");
            var worker = new QueueWorker(queue, store, Composition.CreateAnalyzer, Composition.CreateCorpusSteps())
            {
                BatchSize = batchSize,
                Lease = TimeSpan.FromSeconds(leaseSeconds),
                MaxAttempts = maxAttempts,
                DegreeOfParallelism = result.GetValue(threads),
                UntilIdle = result.GetValue(untilIdle),
                WindowSize = windowSize,
                Fingerprints = store as IFingerprintStore,
            };

            var beQuiet = result.GetValue(quiet);
            if (!beQuiet)
            {
                await Console.Error.WriteLineAsync($"newstrace: worker {worker.WorkerId} started (batch {batchSize}, lease {leaseSeconds} s).").ConfigureAwait(false);
            }

            var summary = await worker.RunAsync(beQuiet ? null : new Progress<WorkerSummary>(Print), cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                using var output = new JsonOutput(OutputMode.JsonLines);
                output.WriteObject(writer =>
                {
                    writer.WriteString("worker", summary.WorkerId);
                    writer.WriteNumber("batches", summary.Batches);
                    writer.WriteNumber("processed", summary.Processed);
                    writer.WriteNumber("new", summary.Added);
                    writer.WriteNumber("already_known", summary.Known);
                    writer.WriteNumber("failed", summary.Failed);
                    writer.WriteNumber("released", summary.Released);
                    writer.WriteNumber("seconds", Math.Round(summary.Elapsed.TotalSeconds, 3));
                    writer.WriteNumber("documents_per_second", Math.Round(summary.DocumentsPerSecond, 2));
                });
            }

            if (!beQuiet)
            {
                Print(summary);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Print(WorkerSummary summary)
        => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"worker {summary.WorkerId}: {summary.Processed} inputs in {summary.Batches} batches ({summary.Added} new, {summary.Known} already known, {summary.Failed} failed), "
            + $"{summary.DocumentsPerSecond:0.0} documents/s over {summary.Elapsed.TotalSeconds:0.0} s."));
}
