namespace NewsTrace.Reuse.Lsh;

/// <summary>
/// How an LSH index cuts a MinHash signature: <see cref="Bands"/> bands of <see cref="Rows"/> values. Two documents become
/// candidates when all the values of at least one band agree, which happens with probability 1 − (1 − s^r)^b for Jaccard
/// similarity s: an S-curve that rises around <see cref="Threshold"/> ≈ (1/b)^(1/r).
/// </summary>
public readonly record struct LshBanding(int Bands, int Rows)
{
    /// <summary>The signature values the bands use (at most the signature length).</summary>
    public int HashesUsed => Bands * Rows;

    /// <summary>The similarity where the S-curve is steepest.</summary>
    public double Threshold => Math.Pow(1.0 / Bands, 1.0 / Rows);

    /// <summary>The probability that two documents of Jaccard similarity <paramref name="similarity"/> become candidates.</summary>
    public double CandidateProbability(double similarity) => 1 - Math.Pow(1 - Math.Pow(similarity, Rows), Bands);

    /// <summary>
    /// The banding (b·r ≤ <paramref name="hashCount"/>) for a search at <paramref name="threshold"/> whose candidates are verified
    /// afterwards: among the bandings that make a pair exactly at the threshold a candidate with probability at least
    /// <paramref name="minimumRecall"/>, the one with the least false-positive area (∫ P(s) ds below the threshold), so pairs
    /// above the threshold are rarely missed and as few pairs below it as possible are compared. When no banding reaches the
    /// recall, the one that comes closest.
    /// </summary>
    public static LshBanding ForThreshold(double threshold, int hashCount, double minimumRecall = 0.99)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(threshold, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(hashCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(minimumRecall, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(minimumRecall, 1);
        LshBanding? best = null;
        var bestCost = double.MaxValue;
        var closest = new LshBanding(hashCount, 1);
        for (var rows = 1; rows <= hashCount; rows++)
        {
            for (var bands = 1; bands * rows <= hashCount; bands++)
            {
                var banding = new LshBanding(bands, rows);
                var recall = banding.CandidateProbability(threshold);
                if (recall > closest.CandidateProbability(threshold))
                {
                    closest = banding;
                }

                if (recall < minimumRecall)
                {
                    continue;
                }

                // More bands only raise the curve: the first banding of these rows that reaches the recall is the cheapest.
                var cost = Integrate(s => banding.CandidateProbability(s), 0, threshold);
                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = banding;
                }

                break;
            }
        }

        return best ?? closest;
    }

    private static double Integrate(Func<double, double> function, double from, double to)
    {
        // The midpoint rule on 64 steps: the curves are smooth and only the ranking of bandings matters.
        const int Steps = 64;
        var width = (to - from) / Steps;
        var sum = 0.0;
        for (var i = 0; i < Steps; i++)
        {
            sum += function(from + ((i + 0.5) * width));
        }

        return sum * width;
    }
}
