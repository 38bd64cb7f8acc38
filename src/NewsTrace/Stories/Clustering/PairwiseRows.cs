namespace NewsTrace.Stories.Clustering;

/// <summary>
/// Runs the rows of an all-pairs loop (row i compares item i with every later item) on every core, each worker with
/// its own scratch vector for scattering row i's terms. Rows must write only their own cells; then the outcome is the
/// one a serial loop gives. Small loops run serially, where starting workers would cost more than it saves.
/// </summary>
internal static class PairwiseRows
{
    /// <summary>Below this many items the rows run on the calling thread.</summary>
    private const int ParallelFrom = 64;

    /// <param name="count">Items; row i runs for every i in [0, count).</param>
    /// <param name="scratchLength">Length of each worker's scratch vector (left all zero by every row, as it was given).</param>
    /// <param name="row">Computes row i with a zeroed scratch vector and leaves it zeroed.</param>
    public static void Run(int count, int scratchLength, Action<int, float[]> row)
    {
        if (count < ParallelFrom)
        {
            var scratch = new float[scratchLength];
            for (var i = 0; i < count; i++)
            {
                row(i, scratch);
            }

            return;
        }

        Parallel.For(
            0,
            count,
            () => new float[scratchLength],
            (i, _, scratch) =>
            {
                row(i, scratch);
                return scratch;
            },
            _ => { });
    }
}
