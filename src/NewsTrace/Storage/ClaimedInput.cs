namespace NewsTrace.Storage;

/// <summary>A queued input a worker holds under lease.</summary>
/// <param name="Input">The input to process.</param>
/// <param name="Attempt">1 for the first claim; more when an earlier worker lost its lease or gave the input back.</param>
public sealed record ClaimedInput(QueuedInput Input, int Attempt);
