using System.Runtime.CompilerServices;

namespace NewsTrace.Entities.Tagging;

/// <summary>Edits of the merged name list shared by the passes that retype names from their context.</summary>
internal static class MergedNames
{
    /// <summary>
    /// Puts <paramref name="name"/> in place of the names inside its tokens; nothing changes (false) when a name reaching outside
    /// them overlaps it, as that longer name ("Bank of Boston") is the better reading.
    /// </summary>
    public static bool TryReplace(List<NameCandidate> merged, NameCandidate name)
    {
        foreach (var other in merged)
        {
            var overlaps = other.FirstToken <= name.LastToken && other.LastToken >= name.FirstToken;
            if (overlaps && (other.FirstToken < name.FirstToken || other.LastToken > name.LastToken))
            {
                return false;
            }
        }

        merged.RemoveAll(other => other.FirstToken >= name.FirstToken && other.LastToken <= name.LastToken);
        merged.Add(name);
        return true;
    }

    /// <summary>
    /// The list's private edit count, which <see cref="List{T}"/> raises on every change (indexer set, add, remove, sort):
    /// reading it tells a cached cover still true from a stale one in constant time, where comparing the names would cost
    /// the scan the cover saves. Tests pin that each kind of edit is seen (<c>MergedNamesTests</c>).
    /// </summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_version")]
    private static extern ref int EditCount(List<NameCandidate> list);

    [ThreadStatic]
    private static List<NameCandidate>? _coveredList;

    [ThreadStatic]
    private static int _coveredEditCount;

    /// <summary>Per token, the index of the first name in list order that holds it, or -1; valid up to <see cref="_coveredEnd"/>.</summary>
    [ThreadStatic]
    private static int[]? _owners;

    /// <summary>One past the last token a name of the covered list holds: the part of <see cref="_owners"/> filled for it.</summary>
    [ThreadStatic]
    private static int _coveredEnd;

    /// <summary>
    /// The name covering token <paramref name="index"/>, if any (the first in list order where names overlap). Some seventy
    /// passes ask this of token after token, and a scan of the list per question made each of them quadratic in a document's
    /// names; the answer comes from a table of token owners kept per thread and rebuilt after the list changes.
    /// </summary>
    public static NameCandidate? At(List<NameCandidate> merged, int index)
    {
        var owners = _owners;
        if (owners is null || !ReferenceEquals(merged, _coveredList) || EditCount(merged) != _coveredEditCount)
        {
            owners = Cover(merged);
        }

        if ((uint)index >= (uint)_coveredEnd)
        {
            return null;
        }

        var k = owners[index];
        return k >= 0 ? merged[k] : null;
    }

    private static int[] Cover(List<NameCandidate> merged)
    {
        var end = 0;
        foreach (var name in merged)
        {
            end = Math.Max(end, name.LastToken + 1);
        }

        // The thread's table is kept from document to document; only the part this list's names reach is filled, so a long
        // document once met costs no more than its own length later.
        var owners = _owners is { } kept && kept.Length >= end ? kept : new int[Math.Max(end, 1024)];
        owners.AsSpan(0, end).Fill(-1);

        // Last to first, so that where names overlap the first one's index is the one left.
        for (var k = merged.Count - 1; k >= 0; k--)
        {
            var name = merged[k];
            owners.AsSpan(name.FirstToken, name.LastToken - name.FirstToken + 1).Fill(k);
        }

        (_coveredList, _coveredEditCount, _owners, _coveredEnd) = (merged, EditCount(merged), owners, end);
        return owners;
    }
}
