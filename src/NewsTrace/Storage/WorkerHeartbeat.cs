namespace NewsTrace.Storage;

/// <summary>What a worker last said about itself; written every few seconds while it runs.</summary>
/// <param name="WorkerId">Unique per process: host, process id and a random suffix.</param>
/// <param name="Host">The machine it runs on.</param>
/// <param name="ProcessId">Its process id there.</param>
/// <param name="State">"working", "idle" or "stopped".</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="LastSeen">When it last reported (set by the store's clock when written).</param>
/// <param name="Processed">Inputs it finished (written, known or failed).</param>
/// <param name="Failed">Of those, inputs that failed.</param>
public sealed record WorkerHeartbeat(
    string WorkerId,
    string Host,
    int ProcessId,
    string State,
    DateTimeOffset StartedAt,
    DateTimeOffset LastSeen,
    long Processed,
    long Failed);
