namespace NewsTrace.Web;

/// <summary>How the web app is exposed: who may write, and how much one request may carry.</summary>
public sealed record WebAppOptions
{
    /// <summary>32 MiB, the same ceiling the ingest command puts on one input.</summary>
    public const long DefaultMaxRequestBytes = 32L * 1024 * 1024;

    /// <summary>
    /// The bearer token write endpoints require; null means writes need no token, which is only allowed while the app
    /// is bound to loopback (<see cref="LoopbackOnly"/>): anyone who can reach a wider binding could fill the store.
    /// </summary>
    public string? WriteToken { get; init; }

    /// <summary>True when every address the app listens on is a loopback address.</summary>
    public bool LoopbackOnly { get; init; } = true;

    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>How often the story list checks whether the store changed (a cheap count) before reusing its cache.</summary>
    public TimeSpan StoryCacheCheckInterval { get; init; } = TimeSpan.FromSeconds(2);
}
