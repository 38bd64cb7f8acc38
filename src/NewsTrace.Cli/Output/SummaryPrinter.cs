using System.Globalization;
using System.Text.Json;
using NewsTrace.Pipeline;

namespace NewsTrace.Cli.Output;

/// <summary>The closing summary of an ingest: counts, then every failure with its reason.</summary>
internal static class SummaryPrinter
{
    private const int MaxListed = 50;

    public static void Print(IngestSummary summary, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(output);
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"Read {summary.Read} inputs in {summary.Elapsed.TotalSeconds:0.0} s: {summary.Added} new, {summary.AlreadyKnown} already known, {summary.Failed} failed."));
        List("Failed", summary.Failures, output);
        List("Warnings", summary.Warnings, output);
        List("Analysis problems", summary.StageFailures, output);
    }

    public static void WriteJson(IngestSummary summary, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("read", summary.Read);
        writer.WriteNumber("new", summary.Added);
        writer.WriteNumber("already_known", summary.AlreadyKnown);
        writer.WriteNumber("failed", summary.Failed);
        writer.WriteNumber("seconds", Math.Round(summary.Elapsed.TotalSeconds, 3));
        WriteMessages(writer, "failures", "reason", summary.Failures);
        WriteMessages(writer, "warnings", "warning", summary.Warnings);
        WriteMessages(writer, "stage_failures", "message", summary.StageFailures);
    }

    /// <summary>The exit code a summary deserves: partial success when some inputs failed and others did not.</summary>
    public static int ExitCode(IngestSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Failed == 0)
        {
            return ExitCodes.Success;
        }

        return summary.Failed < summary.Read ? ExitCodes.PartialSuccess : ExitCodes.Failure;
    }

    private static void List(string heading, IReadOnlyList<SourceMessage> messages, TextWriter output)
    {
        if (messages.Count == 0)
        {
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{heading} ({messages.Count}):"));
        foreach (var message in messages.Take(MaxListed))
        {
            output.WriteLine($"  {message.Source}: {message.Message}");
        }

        if (messages.Count > MaxListed)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {messages.Count - MaxListed} more (use --json for all)."));
        }
    }

    private static void WriteMessages(Utf8JsonWriter writer, string name, string field, IReadOnlyList<SourceMessage> messages)
    {
        writer.WriteStartArray(name);
        foreach (var message in messages)
        {
            writer.WriteStartObject();
            writer.WriteString("source", message.Source);
            writer.WriteString(field, message.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
