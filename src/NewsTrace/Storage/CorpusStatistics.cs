namespace NewsTrace.Storage;

/// <summary>Counts over the whole store.</summary>
public sealed record CorpusStatistics(
    int Articles,
    int DistinctTexts,
    int Sites,
    long Characters,
    string? EarliestPublished,
    string? LatestPublished,
    int Failures);
