using System.Collections.Immutable;

namespace NewsTrace.Ingest.Feeds;

/// <summary>The fields of one feed item, read from RSS or Atom, before they become metadata.</summary>
internal sealed record FeedItemFields(
    string? Link,
    string? Title,
    string? Body,
    InputFormat Format,
    string? Published,
    ImmutableArray<string> Authors,
    string? RecordId);
