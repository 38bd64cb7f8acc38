using NewsTrace.Pipeline;

namespace NewsTrace.Web.Api.Models;

/// <summary>The account of an ingest: the same figures `newstrace ingest --json` prints.</summary>
public sealed record IngestResult(int Read, int Added, int AlreadyKnown, int Failed, IReadOnlyList<SourceMessage> Failures, IReadOnlyList<SourceMessage> Warnings)
{
    public static IngestResult From(IngestSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new IngestResult(summary.Read, summary.Added, summary.AlreadyKnown, summary.Failed, summary.Failures, summary.Warnings);
    }
}
