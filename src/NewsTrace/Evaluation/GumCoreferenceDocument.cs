using System.Collections.Immutable;

namespace NewsTrace.Evaluation;

/// <summary>One GUM document with every entity mention (named, nominal, pronoun) and its coreference chain.</summary>
public sealed record GumCoreferenceDocument(string Id, string Genre, string Split, string Text, ImmutableArray<GumMention> Mentions);
