using System.Collections.Immutable;

namespace NewsTrace.Documents;

/// <summary>What the source says about an article besides its text.</summary>
public sealed record ArticleMetadata
{
    public static ArticleMetadata Empty { get; } = new();

    /// <summary>Where the article came from: a file path, "path#n" for the n-th record of a file, or "-" for stdin.</summary>
    public string Source { get; init; } = "";

    /// <summary>The record's own id when the input gave one (JSON Lines <c>id</c>).</summary>
    public string? RecordId { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public ImmutableArray<string> Authors { get; init; } = [];

    public PublishDate? Published { get; init; }

    /// <summary>When the source says the article was last changed; kept apart from <see cref="Published"/>, which it must never replace.</summary>
    public PublishDate? Modified { get; init; }

    public string? Site { get; init; }

    /// <summary>ISO 639-1 code when known.</summary>
    public string? Language { get; init; }

    /// <summary>Wire and agency credits ("AP", "Reuters") the article names as its source.</summary>
    public ImmutableArray<string> Credits { get; init; } = [];

    /// <summary>Fields of the input that NewsTrace does not model, kept verbatim so no data is lost.</summary>
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
}
