using System.Collections.Immutable;

namespace NewsTrace.Pipeline;

/// <summary>The closing account of an ingest: what was read, what was new, and every failure with its reason.</summary>
public sealed record IngestSummary(
    int Read,
    int Added,
    int AlreadyKnown,
    ImmutableArray<SourceMessage> Failures,
    ImmutableArray<SourceMessage> Warnings,
    ImmutableArray<SourceMessage> StageFailures,
    long Bytes,
    TimeSpan Elapsed)
{
    public int Failed => Failures.Length;

    /// <summary>True when something was read and nothing failed.</summary>
    public bool Complete => Failures.IsEmpty;
}
