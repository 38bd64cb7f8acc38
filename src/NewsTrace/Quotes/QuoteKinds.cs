namespace NewsTrace.Quotes;

/// <summary>The values of <see cref="Quotation.Kind"/>.</summary>
public static class QuoteKinds
{
    /// <summary>A whole sentence or more in quote marks.</summary>
    public const string Direct = "direct";

    /// <summary>A fragment in quote marks inside the reporter's sentence.</summary>
    public const string Partial = "partial";

    /// <summary>Indirect speech: the reported clause of "X said (that) ...".</summary>
    public const string Reported = "reported";

    /// <summary>"According to X, ..." or "..., according to X".</summary>
    public const string AccordingTo = "according_to";

    /// <summary>A speaker-labelled transcript paragraph ("Question: ...", "Name: ...").</summary>
    public const string Transcript = "transcript";
}
