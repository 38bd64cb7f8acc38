using System.CommandLine;

namespace NewsTrace.Cli;

/// <summary>The inputs and options of every command that ingests (`ingest`, `run`), declared once.</summary>
internal sealed class IngestOptionSet
{
    public Argument<string[]> Paths { get; } = CommonOptions.Paths();

    public Option<string> Database { get; } = CommonOptions.Database();

    public Option<Ingest.InputFormat> Format { get; } = CommonOptions.Format();

    public Option<string?> Map { get; } = CommonOptions.Map();

    public Option<long> MaxBytes { get; } = CommonOptions.MaxBytes();

    public Option<int> Threads { get; } = CommonOptions.Threads();

    public Option<bool> Quiet { get; } = CommonOptions.Quiet();

    public Option<int> Window { get; } = CommonOptions.Window();

    /// <summary>For pages that carry no date (text saved from a page without its date line): the date relative dates count from.</summary>
    public Option<Documents.PublishDate?> DocumentCreationTime { get; } = CommonOptions.DocumentCreationTime();

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Arguments.Add(Paths);
        foreach (var option in new Option[] { Database, Format, Map, MaxBytes, Threads, Quiet, DocumentCreationTime, Window })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Runs the ingest these options describe and prints its closing summary (unless quiet).</summary>
    public Task<Pipeline.IngestSummary> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Commands.IngestCommand.RunAsync(
            result.GetRequiredValue(Paths),
            result.GetRequiredValue(Database),
            new InputSettings(result.GetValue(Format), result.GetValue(Map), result.GetValue(MaxBytes)),
            result.GetValue(Threads),
            result.GetValue(Quiet),
            result.GetValue(DocumentCreationTime),
            result.GetValue(Window) is var window and > 0 ? window : throw new UsageException("--window must be at least 1."),
            cancellationToken);
    }
}
