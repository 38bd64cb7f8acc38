namespace NewsTrace.Reuse.Alignment;

/// <summary>Weighted set arithmetic on term ids held as ascending arrays (one pass over both).</summary>
internal static class TermSets
{
    public static double Weight(ReadOnlySpan<int> terms, double[] weights)
    {
        var sum = 0.0;
        foreach (var term in terms)
        {
            sum += weights[term];
        }

        return sum;
    }

    /// <summary>The weight of the terms both sets hold, and how many they are.</summary>
    public static (double Weight, int Count) Shared(ReadOnlySpan<int> left, ReadOnlySpan<int> right, double[] weights)
    {
        double sum = 0;
        int count = 0, i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                sum += weights[left[i]];
                count++;
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (sum, count);
    }

    /// <summary>Weighted Dice coefficient: twice the shared weight over the two totals.</summary>
    public static double Dice(ReadOnlySpan<int> left, ReadOnlySpan<int> right, double[] weights)
    {
        var total = Weight(left, weights) + Weight(right, weights);
        return total == 0 ? 0 : 2 * Shared(left, right, weights).Weight / total;
    }

    public static int[] Union(ReadOnlySpan<int> left, ReadOnlySpan<int> right)
    {
        var result = new int[left.Length + right.Length];
        int i = 0, j = 0, k = 0;
        while (i < left.Length || j < right.Length)
        {
            if (j == right.Length || (i < left.Length && left[i] < right[j]))
            {
                result[k++] = left[i++];
            }
            else if (i == left.Length || right[j] < left[i])
            {
                result[k++] = right[j++];
            }
            else
            {
                result[k++] = left[i++];
                j++;
            }
        }

        return result[..k];
    }
}
