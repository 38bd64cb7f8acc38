namespace NewsTrace.Storage;

/// <summary>What an enqueue call did.</summary>
/// <param name="Queued">Inputs whose content was new to the queue.</param>
/// <param name="AlreadyQueued">Inputs whose content and source were queued before (a rerun): nothing changed.</param>
/// <param name="NewSources">Inputs whose content was queued under another name: the name is kept as one more source.</param>
public sealed record EnqueueOutcome(int Queued, int AlreadyQueued, int NewSources);
