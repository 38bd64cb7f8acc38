namespace NewsTrace.Pipeline;

/// <summary>What happened to one input.</summary>
public enum ProcessedInputStatus
{
    /// <summary>Extracted and analysed.</summary>
    Analyzed,

    /// <summary>Its id was already in the store, so no work was done.</summary>
    AlreadyKnown,

    /// <summary>Could not be read or extracted; <see cref="ProcessedInput.Error"/> says why.</summary>
    Failed,
}
