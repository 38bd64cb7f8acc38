using NewsTrace.Stories.Features;

namespace NewsTrace.Storage;

/// <summary>An article a <see cref="StoryUpdate"/> adds to the story index.</summary>
/// <param name="ArticleId">A stored article not indexed yet.</param>
/// <param name="Terms">Its content-term counts; each term adds one to its document frequency.</param>
/// <param name="IndexTerms">Its heaviest terms, under which <see cref="IStoryStore.FindArticlesByTermsAsync"/> finds it.</param>
public sealed record StoryIndexEntry(string ArticleId, IReadOnlyDictionary<string, TermCount> Terms, IReadOnlyList<string> IndexTerms)
{
    /// <summary>The date its similarity was measured with (the <c>PublishDate</c> contract form), null when undated; kept so reclustering uses the same.</summary>
    public string? EventDate { get; init; }
}
