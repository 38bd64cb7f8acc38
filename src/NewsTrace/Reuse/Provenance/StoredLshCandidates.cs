using NewsTrace.Reuse.Fingerprints;
using NewsTrace.Storage;

namespace NewsTrace.Reuse.Provenance;

/// <summary>
/// Candidate pairs from the LSH band index persisted at ingest: for each given article, every stored article that
/// shares a band key with it under any scheme (5-word shingles for near-copies, 3-word shingles for looser reuse).
/// Story clusters miss a copy that landed in another story (a reprint under a date months later); the band index
/// does not, and asking it costs two indexed lookups per article and scheme.
/// </summary>
public static class StoredLshCandidates
{
    public static async Task<IReadOnlyList<CandidatePair>> FindAsync(
        IFingerprintStore store,
        IEnumerable<string> articleIds,
        IReadOnlyList<FingerprintScheme> schemes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentNullException.ThrowIfNull(schemes);
        var pairs = new HashSet<CandidatePair>();
        foreach (var id in articleIds)
        {
            foreach (var scheme in schemes)
            {
                if (await store.GetFingerprintAsync(id, scheme.Name, cancellationToken).ConfigureAwait(false) is not { } fingerprint)
                {
                    continue;
                }

                foreach (var candidate in await store.FindCandidatesAsync(scheme.Name, fingerprint.BandKeys, cancellationToken).ConfigureAwait(false))
                {
                    if (!string.Equals(candidate, id, StringComparison.Ordinal))
                    {
                        pairs.Add(string.CompareOrdinal(id, candidate) <= 0 ? new(id, candidate) : new(candidate, id));
                    }
                }
            }
        }

        return [.. pairs.OrderBy(p => p.LeftId, StringComparer.Ordinal).ThenBy(p => p.RightId, StringComparer.Ordinal)];
    }
}
