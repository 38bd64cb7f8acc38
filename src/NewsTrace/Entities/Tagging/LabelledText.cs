using System.Collections.Immutable;

namespace NewsTrace.Entities.Tagging;

/// <summary>A training text and its gold names.</summary>
public sealed record LabelledText(string Text, ImmutableArray<LabelledSpan> Names);
