using NewsTrace.Documents;

namespace NewsTrace.Entities;

/// <summary>A mention of a named entity.</summary>
/// <param name="Span">Where the name stands in the text.</param>
/// <param name="Type">PERSON, ORG, GPE, LOC, NORP (nationalities) or TITLE.</param>
/// <param name="Canonical">The canonical name of the entity across the corpus, when resolved.</param>
public sealed record EntityMention(TextSpan Span, string Type, string? Canonical);
