using System.Collections.Immutable;
using NewsTrace.Pipeline;

namespace NewsTrace.Workers;

/// <summary>What <c>ingest --enqueue</c> did.</summary>
/// <param name="Read">Inputs read (files, records).</param>
/// <param name="Queued">Inputs queued for the workers.</param>
/// <param name="AlreadyQueued">Inputs queued before with the same content and name (a rerun).</param>
/// <param name="NewSources">Inputs whose content was queued before under another name; the name is kept.</param>
/// <param name="AlreadyStored">Inputs whose article is already stored: only their name was recorded.</param>
/// <param name="Failures">Inputs that could not be read, each with its reason (also recorded in the store).</param>
/// <param name="Bytes">Bytes read.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record EnqueueSummary(int Read, int Queued, int AlreadyQueued, int NewSources, int AlreadyStored, ImmutableArray<SourceMessage> Failures, long Bytes, TimeSpan Elapsed);
