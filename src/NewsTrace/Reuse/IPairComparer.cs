using NewsTrace.Documents;

namespace NewsTrace.Reuse;

/// <summary>
/// Compares two analysed documents (tokens and sentences at least; entities, quotes and timexes when present) and
/// says how their texts relate, with the aligned passages as evidence. Implementations are thread-safe.
/// </summary>
public interface IPairComparer
{
    PairComparison Compare(Document left, Document right);
}
