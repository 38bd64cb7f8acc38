using System.Collections.Immutable;
using NewsTrace.Time;

namespace NewsTrace.Evaluation;

/// <summary>A TimeML-annotated document: its text with the tags stripped, its creation time, and the gold expressions as offsets into that text.</summary>
public sealed record TimeMLDocument(string Name, string Text, DateOnly? DocumentCreationTime, ImmutableArray<Timex> Gold);
