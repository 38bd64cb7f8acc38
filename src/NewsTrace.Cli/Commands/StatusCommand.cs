using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Storage;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace status`: articles, failures, the work queue and the workers, for operators.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var window = new Option<int>("--window")
        {
            Description = "Minutes the ingest rate (documents per second) is measured over.",
            DefaultValueFactory = _ => 5,
            HelpName = "MINUTES",
        };
        var command = new Command("status", "Articles, failures, queue depth by state, oldest waiting input, workers and their last heartbeat, ingest rate.")
        {
            db, json, window,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var minutes = result.GetValue(window);
            if (minutes < 1)
            {
                throw new UsageException("--window must be at least 1 minute.");
            }

            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            QueueStatus status;
            var hasQueue = store is IWorkQueue;
            if (store is IWorkQueue queue)
            {
                status = await queue.GetStatusAsync(TimeSpan.FromMinutes(minutes), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // A single-process store has no queue and no workers: its counts are the statistics.
                var statistics = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
                status = new QueueStatus(statistics.Articles, statistics.Failures, System.Collections.Immutable.ImmutableSortedDictionary<string, long>.Empty, null, 0, TimeSpan.Zero, []);
            }

            if (result.GetValue(json))
            {
                using var output = new JsonOutput(OutputMode.JsonLines);
                output.WriteObject(writer => WriteJson(status, hasQueue, writer));
            }
            else
            {
                Print(status, hasQueue, Console.Out);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteJson(QueueStatus status, bool hasQueue, System.Text.Json.Utf8JsonWriter writer)
    {
        var now = DateTimeOffset.UtcNow;
        writer.WriteNumber("articles", status.Articles);
        writer.WriteNumber("failures", status.Failures);
        writer.WriteBoolean("queue_available", hasQueue);
        writer.WriteStartObject("queue");
        foreach (var (state, count) in status.QueueByState)
        {
            writer.WriteNumber(state, count);
        }

        writer.WriteEndObject();
        if (status.OldestPendingAge is { } age)
        {
            writer.WriteNumber("oldest_pending_seconds", Math.Round(age.TotalSeconds, 1));
        }
        else
        {
            writer.WriteNull("oldest_pending_seconds");
        }

        writer.WriteNumber("window_seconds", status.RecentWindow.TotalSeconds);
        writer.WriteNumber("recent_articles", status.RecentArticles);
        writer.WriteNumber("documents_per_second", Math.Round(status.DocumentsPerSecond, 3));
        writer.WriteStartArray("workers");
        foreach (var worker in status.Workers)
        {
            writer.WriteStartObject();
            writer.WriteString("id", worker.WorkerId);
            writer.WriteString("host", worker.Host);
            writer.WriteNumber("pid", worker.ProcessId);
            writer.WriteString("state", worker.State);
            writer.WriteString("started_at", worker.StartedAt.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("last_seen", worker.LastSeen.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteNumber("seconds_since_seen", Math.Round((now - worker.LastSeen).TotalSeconds, 1));
            writer.WriteNumber("processed", worker.Processed);
            writer.WriteNumber("failed", worker.Failed);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Print(QueueStatus status, bool hasQueue, TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"Articles: {status.Articles:N0}"));
        output.WriteLine(string.Create(culture, $"Failures: {status.Failures:N0}"));
        if (!hasQueue)
        {
            output.WriteLine("Queue: none (a SQLite store is written by one process; workers need PostgreSQL)");
            return;
        }

        output.WriteLine(string.Create(culture, $"Ingest rate: {status.DocumentsPerSecond:0.00} documents/s over the last {status.RecentWindow.TotalMinutes:0} min ({status.RecentArticles:N0} articles)"));
        output.WriteLine("Queue: " + string.Join(", ", status.QueueByState.Select(pair => string.Create(culture, $"{pair.Key} {pair.Value:N0}"))));
        output.WriteLine(status.OldestPendingAge is { } age
            ? string.Create(culture, $"Oldest pending: {age.TotalSeconds:0} s")
            : "Oldest pending: none");
        if (status.Workers.Count == 0)
        {
            output.WriteLine("Workers: none seen");
            return;
        }

        var now = DateTimeOffset.UtcNow;
        output.WriteLine("Workers:");
        var table = new TableWriter("Worker", "Host", "PID", "State", "Last seen", "Processed", "Failed");
        foreach (var worker in status.Workers)
        {
            table.Add(
                worker.WorkerId,
                worker.Host,
                worker.ProcessId.ToString(culture),
                worker.State,
                string.Create(culture, $"{(now - worker.LastSeen).TotalSeconds:0} s ago"),
                worker.Processed.ToString("N0", culture),
                worker.Failed.ToString("N0", culture));
        }

        table.Write(output);
    }
}
