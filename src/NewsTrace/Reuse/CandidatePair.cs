namespace NewsTrace.Reuse;

/// <summary>Two stored articles worth comparing.</summary>
public readonly record struct CandidatePair(string LeftId, string RightId);
