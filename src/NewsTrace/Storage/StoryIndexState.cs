namespace NewsTrace.Storage;

/// <summary>The story index at one moment.</summary>
/// <param name="Version">Grows by one with every applied <see cref="StoryUpdate"/>; an update names the version it was computed from.</param>
/// <param name="DocumentCount">Indexed articles: the N of the inverse document frequencies.</param>
public sealed record StoryIndexState(long Version, long DocumentCount);
