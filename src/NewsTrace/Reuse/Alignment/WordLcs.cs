namespace NewsTrace.Reuse.Alignment;

/// <summary>Length of the longest common subsequence of two word-id sequences, in O(n·m) time and O(m) memory.</summary>
internal static class WordLcs
{
    /// <summary>Beyond this many cells the bag overlap stands in for the LCS (an upper bound, fine for a ratio test).</summary>
    private const long MaxCells = 1_000_000;

    public static int Length(ReadOnlySpan<int> left, ReadOnlySpan<int> right)
    {
        if ((long)left.Length * right.Length > MaxCells)
        {
            return BagOverlap(left, right);
        }

        var row = new int[right.Length + 1];
        for (var i = 0; i < left.Length; i++)
        {
            var diagonal = 0;
            for (var j = 0; j < right.Length; j++)
            {
                var above = row[j + 1];
                row[j + 1] = left[i] == right[j] ? diagonal + 1 : Math.Max(above, row[j]);
                diagonal = above;
            }
        }

        return row[^1];
    }

    private static int BagOverlap(ReadOnlySpan<int> left, ReadOnlySpan<int> right)
    {
        var counts = new Dictionary<int, int>();
        foreach (var word in left)
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        var overlap = 0;
        foreach (var word in right)
        {
            if (counts.TryGetValue(word, out var count) && count > 0)
            {
                counts[word] = count - 1;
                overlap++;
            }
        }

        return overlap;
    }
}
