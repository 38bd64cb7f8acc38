using System.Collections.Immutable;

namespace NewsTrace.Evaluation;

/// <summary>Exact-span NER scores on GUM: per label (PER, ORG, LOC), micro overall and label-blind.</summary>
public sealed record EntityEvaluation(
    int Documents,
    ImmutableSortedDictionary<string, MatchCounts> ByLabel,
    MatchCounts Overall,
    MatchCounts LabelBlind);
