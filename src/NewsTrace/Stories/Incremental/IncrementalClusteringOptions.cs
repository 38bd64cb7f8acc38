namespace NewsTrace.Stories.Incremental;

/// <summary>How the incremental clusterer bounds its work per article; the clustering itself follows <see cref="StoryClusteringOptions"/>.</summary>
public sealed record IncrementalClusteringOptions
{
    public static IncrementalClusteringOptions Default { get; } = new();

    /// <summary>Unassigned articles taken per update (a catch-up over a large backlog runs several).</summary>
    public int BatchSize { get; init; } = 2_000;

    /// <summary>
    /// Largest set of articles (new ones plus every member of the topics they touch) reclustered with the batch
    /// algorithm; above it each new article joins the story whose mean vector is closest, so per-article time stays flat.
    /// </summary>
    public int MaxRecluster { get; init; } = 2_000;

    /// <summary>Heaviest terms of each article kept in the term index.</summary>
    public int IndexTermsPerArticle { get; init; } = 12;

    /// <summary>Heaviest terms of a new article looked up in the term index.</summary>
    public int QueryTermsPerArticle { get; init; } = 8;

    /// <summary>Most recently indexed articles read per looked-up term.</summary>
    public int PostingsPerTerm { get; init; } = 40;

    /// <summary>Candidates per new article whose similarity is computed (those sharing the most looked-up terms).</summary>
    public int CandidatesPerArticle { get; init; } = 24;

    /// <summary>Most recent members of a topic a group of new articles is compared with to decide whether it joins the topic.</summary>
    public int TopicSample { get; init; } = 64;

    /// <summary>Most recent members of a story whose mean stands for the story when a topic is too large to recluster.</summary>
    public int StorySample { get; init; } = 64;

    /// <summary>How often an update computed from a state another process changed meanwhile is started again.</summary>
    public int MaxRetries { get; init; } = 8;
}
