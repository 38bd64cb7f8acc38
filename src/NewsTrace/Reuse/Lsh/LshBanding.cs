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
    /// The banding (b·r ≤ <paramref name="hashCount"/>) that minimises the weighted area of false positives (pairs below
    /// <paramref name="threshold"/> that become candidates) and false negatives (pairs above it that do not). Candidates are
    /// verified afterwards, so a missed pair costs more than an extra one: false negatives weigh <paramref name="falseNegativeWeight"/>.
    /// </summary>
    public static LshBanding ForThreshold(double threshold, int hashCount, double falseNegativeWeight = 0.75)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(threshold, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(hashCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(falseNegativeWeight, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(falseNegativeWeight, 1);
        var best = new LshBanding(hashCount, 1);
        var bestCost = double.MaxValue;
        for (var bands = 1; bands <= hashCount; bands++)
        {
            for (var rows = 1; bands * rows <= hashCount; rows++)
            {
                var banding = new LshBanding(bands, rows);
                var cost = ((1 - falseNegativeWeight) * Integrate(s => banding.CandidateProbability(s), 0, threshold))
                    + (falseNegativeWeight * Integrate(s => 1 - banding.CandidateProbability(s), threshold, 1));
                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = banding;
                }
            }
        }

        return best;
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
