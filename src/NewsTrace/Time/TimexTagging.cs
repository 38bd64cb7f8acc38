using System.Collections.Immutable;

namespace NewsTrace.Time;

/// <summary>What the tagger found in one text: the temporal expressions, in text order, and the date anomalies.</summary>
public sealed record TimexTagging(ImmutableArray<Timex> Timexes, ImmutableArray<DateAnomaly> Anomalies);
