namespace NewsTrace.Cli;

/// <summary>The process exit codes, documented in the README. Scripts depend on them: never renumber.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>Nothing could be done: every input failed, or the store could not be opened.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>Some inputs were processed and some failed; the failures were reported.</summary>
    public const int PartialSuccess = 3;

    /// <summary>The article or story asked for does not exist.</summary>
    public const int NotFound = 4;

    /// <summary>Interrupted (Ctrl+C); work already committed is kept.</summary>
    public const int Cancelled = 130;
}
