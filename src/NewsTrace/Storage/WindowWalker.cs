namespace NewsTrace.Storage;

/// <summary>The process that ran the queue's last window (<see cref="IWorkQueue.AdvanceWindowsAsync"/>), and how long ago.</summary>
public sealed record WindowWalker(string Walker, TimeSpan Age);
