namespace NewsTrace.Reuse.Alignment;

/// <summary>
/// Local alignment of two word sequences by seed and extend: every run of <c>seed</c> words the two texts share is a
/// seed, extended both ways while the words agree, so each maximal exact run is found once. Runs that follow each other
/// on both sides across a small edit (a changed word, an inserted adjective) are joined into one near-verbatim block,
/// and blocks shorter than <c>minWords</c> are dropped as phrases any two reports may share ("the prime minister said on").
/// Linear in the text lengths plus the number of shared seeds; a seed that occurs very often is skipped, so repeated
/// boilerplate cannot make it quadratic.
/// </summary>
public static class VerbatimBlockFinder
{
    /// <summary>A seed that occurs more often than this in the left text is too common to start from.</summary>
    private const int MaxSeedOccurrences = 32;

    /// <summary>The near-verbatim blocks; <paramref name="exactRuns"/>, when given, receives the exact runs they are made of.</summary>
    public static List<VerbatimBlock> Find(ReadOnlySpan<int> left, ReadOnlySpan<int> right, int seed, int minWords, int maxGap, List<VerbatimBlock>? exactRuns = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seed, 1);
        var runs = ExactRuns(left, right, seed);
        return Join(runs, minWords, maxGap, exactRuns);
    }

    private static List<VerbatimBlock> ExactRuns(ReadOnlySpan<int> left, ReadOnlySpan<int> right, int seed)
    {
        var runs = new List<VerbatimBlock>();
        if (left.Length < seed || right.Length < seed)
        {
            return runs;
        }

        // Left seed positions by key, as linked lists through `next` (no list per key).
        var first = new Dictionary<ulong, int>(left.Length);
        var next = new int[left.Length];
        var occurrences = new Dictionary<ulong, int>();
        for (var q = left.Length - seed; q >= 0; q--)
        {
            var key = Key(left.Slice(q, seed));
            next[q] = first.TryGetValue(key, out var head) ? head : -1;
            first[key] = q;
            occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
        }

        // The furthest left end found so far on each diagonal (q − p), so a run is not found again from its inner seeds.
        var reached = new Dictionary<int, int>();
        for (var p = 0; p + seed <= right.Length; p++)
        {
            var key = Key(right.Slice(p, seed));
            if (!first.TryGetValue(key, out var q) || occurrences[key] > MaxSeedOccurrences)
            {
                continue;
            }

            for (; q >= 0; q = next[q])
            {
                var diagonal = q - p;
                if (reached.TryGetValue(diagonal, out var end) && q < end)
                {
                    continue;
                }

                if (!left.Slice(q, seed).SequenceEqual(right.Slice(p, seed)))
                {
                    continue;
                }

                int l0 = q, r0 = p, l1 = q + seed, r1 = p + seed;
                while (l0 > 0 && r0 > 0 && left[l0 - 1] == right[r0 - 1])
                {
                    l0--;
                    r0--;
                }

                while (l1 < left.Length && r1 < right.Length && left[l1] == right[r1])
                {
                    l1++;
                    r1++;
                }

                reached[diagonal] = l1;
                runs.Add(new VerbatimBlock(l0, l1, r0, r1));
            }
        }

        return runs;
    }

    /// <summary>Chains runs that continue each other on both sides across at most <paramref name="maxGap"/> words.</summary>
    private static List<VerbatimBlock> Join(List<VerbatimBlock> runs, int minWords, int maxGap, List<VerbatimBlock>? exactRuns)
    {
        runs.Sort((a, b) => a.LeftStart != b.LeftStart ? a.LeftStart.CompareTo(b.LeftStart) : a.RightStart.CompareTo(b.RightStart));
        var chains = new List<VerbatimBlock>();
        var chainOfRun = new int[runs.Count];
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            chainOfRun[r] = -1;
            for (var c = chains.Count - 1; c >= 0; c--)
            {
                var chain = chains[c];
                var leftGap = run.LeftStart - chain.LeftEnd;
                var rightGap = run.RightStart - chain.RightEnd;
                if (leftGap >= 0 && rightGap >= 0 && leftGap <= maxGap && rightGap <= maxGap)
                {
                    chains[c] = new VerbatimBlock(chain.LeftStart, run.LeftEnd, chain.RightStart, run.RightEnd);
                    chainOfRun[r] = c;
                    break;
                }
            }

            if (chainOfRun[r] < 0)
            {
                chainOfRun[r] = chains.Count;
                chains.Add(run);
            }
        }

        var kept = chains.Select(c => Math.Min(c.LeftLength, c.RightLength) >= minWords).ToArray();
        if (exactRuns is not null)
        {
            for (var r = 0; r < runs.Count; r++)
            {
                if (kept[chainOfRun[r]])
                {
                    exactRuns.Add(runs[r]);
                }
            }
        }

        return chains.Where((_, c) => kept[c]).ToList();
    }

    private static ulong Key(ReadOnlySpan<int> words)
    {
        var hash = 14695981039346656037UL;
        foreach (var word in words)
        {
            hash = (hash ^ (uint)word) * 1099511628211UL;
        }

        return hash;
    }
}
