using System.Collections.Frozen;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Perceptron weights with lazy averaging: beside each weight w it keeps the sum of (step × change), so the average over
/// all steps is w − sum / steps, computed once at the end instead of adding every weight up after every sentence.
/// </summary>
internal sealed class AveragedWeights(int featureCount, int tagCount)
{
    private readonly float[] _weights = new float[featureCount * tagCount];
    private readonly double[] _stepSums = new double[featureCount * tagCount];
    private readonly float[] _transitions = new float[(tagCount + 1) * tagCount];
    private readonly double[] _transitionStepSums = new double[(tagCount + 1) * tagCount];
    private long _step = 1;

    public void Tick() => _step++;

    public void Decode(TokenFeatures features, FrozenDictionary<ulong, int> index, int from, int to, int[] best)
    {
        var length = to - from;
        var emission = new float[length * tagCount];
        for (var i = 0; i < length; i++)
        {
            var scores = emission.AsSpan(i * tagCount, tagCount);
            foreach (var hash in features.Of(from + i))
            {
                if (index.TryGetValue(hash, out var row))
                {
                    var weights = _weights.AsSpan(row * tagCount, tagCount);
                    for (var t = 0; t < tagCount; t++)
                    {
                        scores[t] += weights[t];
                    }
                }
            }
        }

        EntityTaggerModel.Viterbi(emission, length, _transitions, tagCount, best);
    }

    /// <summary>Rewards the gold tags' features and transitions and penalises the predicted ones where they differ.</summary>
    public void Update(TokenFeatures features, FrozenDictionary<ulong, int> index, int from, ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        for (var i = 0; i < gold.Length; i++)
        {
            if (gold[i] != predicted[i])
            {
                foreach (var hash in features.Of(from + i))
                {
                    if (index.TryGetValue(hash, out var row))
                    {
                        Add(_weights, _stepSums, (row * tagCount) + gold[i], 1);
                        Add(_weights, _stepSums, (row * tagCount) + predicted[i], -1);
                    }
                }
            }

            var goldPrevious = i == 0 ? tagCount : gold[i - 1];
            var predictedPrevious = i == 0 ? tagCount : predicted[i - 1];
            if (goldPrevious != predictedPrevious || gold[i] != predicted[i])
            {
                Add(_transitions, _transitionStepSums, (goldPrevious * tagCount) + gold[i], 1);
                Add(_transitions, _transitionStepSums, (predictedPrevious * tagCount) + predicted[i], -1);
            }
        }
    }

    /// <summary>The averaged model, keeping only features with a non-zero averaged weight.</summary>
    public EntityTaggerModel ToModel(TagSet tags, FrozenDictionary<ulong, int> index)
    {
        var rows = new Dictionary<ulong, int>();
        var kept = new List<float>();
        foreach (var (hash, row) in index.OrderBy(pair => pair.Key))
        {
            var averaged = new float[tagCount];
            var any = false;
            for (var t = 0; t < tagCount; t++)
            {
                averaged[t] = Average(_weights, _stepSums, (row * tagCount) + t);
                any |= Math.Abs(averaged[t]) > 1e-3f;
            }

            if (any)
            {
                rows.Add(hash, rows.Count);
                kept.AddRange(averaged);
            }
        }

        var transitions = new float[_transitions.Length];
        for (var k = 0; k < transitions.Length; k++)
        {
            transitions[k] = Average(_transitions, _transitionStepSums, k);
        }

        return new EntityTaggerModel(tags, rows.ToFrozenDictionary(), [.. kept], transitions);
    }

    private void Add(float[] weights, double[] stepSums, int at, float change)
    {
        weights[at] += change;
        stepSums[at] += _step * (double)change;
    }

    private float Average(float[] weights, double[] stepSums, int at) => (float)(weights[at] - (stepSums[at] / _step));
}
