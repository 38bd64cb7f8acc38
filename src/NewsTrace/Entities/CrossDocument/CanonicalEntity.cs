using System.Collections.Immutable;

namespace NewsTrace.Entities.CrossDocument;

/// <summary>One real person, organisation or place across the corpus.</summary>
/// <param name="Id">Content-derived and stable across runs: from the type and the key of the automatic canonical name.</param>
/// <param name="Type">PERSON, ORG, GPE or LOC: the type most of its mentions have.</param>
/// <param name="Name">The most frequent full form, or the name a user gave it.</param>
/// <param name="Aliases">Every form it is written in, most frequent first.</param>
/// <param name="ArticleIds">The articles that mention it, in ordinal order.</param>
/// <param name="MentionCount">How many name mentions it has (descriptions and titled forms are not counted twice).</param>
public sealed record CanonicalEntity(
    string Id,
    string Type,
    string Name,
    ImmutableArray<EntityAlias> Aliases,
    ImmutableArray<string> ArticleIds,
    int MentionCount)
{
    /// <summary>How many articles mention it.</summary>
    public int ArticleCount => ArticleIds.Length;
}
