namespace NewsTrace.Workers;

/// <summary>What a worker did until it stopped (or so far, in progress reports).</summary>
/// <param name="WorkerId">The worker.</param>
/// <param name="Batches">Batches completed.</param>
/// <param name="Processed">Inputs completed: new, known or failed.</param>
/// <param name="Added">New articles written.</param>
/// <param name="Known">Inputs whose article was already stored.</param>
/// <param name="Failed">Inputs that failed (their reasons are in the store's failures).</param>
/// <param name="Released">Batches given back after an error.</param>
/// <param name="Elapsed">Time since the worker started.</param>
public sealed record WorkerSummary(string WorkerId, int Batches, long Processed, long Added, long Known, long Failed, int Released, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed <= TimeSpan.Zero ? 0 : Processed / Elapsed.TotalSeconds;
}
