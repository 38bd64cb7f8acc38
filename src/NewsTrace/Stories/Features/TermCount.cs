namespace NewsTrace.Stories.Features;

/// <summary>How often a term occurs in one document, and its class there.</summary>
public readonly record struct TermCount(int Count, TermClass Class);
