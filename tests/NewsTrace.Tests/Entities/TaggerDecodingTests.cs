using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsTrace.Entities.Tagging;

namespace NewsTrace.Tests.Entities;

/// <summary>The tagger's fast paths must give exactly what the plain computations give.</summary>
public sealed class TaggerDecodingTests
{
    private const int TagCount = 9;

    [Property(MaxTest = 200)]
    public Property The_feature_table_scores_like_a_dictionary_of_rows(int[] seeds, int[] queries)
    {
        var random = new Random(seeds.Length + (31 * queries.Length));
        var rows = new Dictionary<ulong, int>();
        foreach (var seed in seeds)
        {
            // Keys with equal low bits collide in the table; 0 is its empty marker and must still work.
            var key = seed % 3 == 0 ? (ulong)(uint)seed << 40 : (ulong)(uint)seed;
            rows.TryAdd(key, rows.Count);
        }

        var weights = new float[rows.Count * TagCount];
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = (float)(random.NextDouble() - 0.5);
        }

        var table = new FeatureTable(rows, weights, TagCount);
        var features = queries.Select(query => query % 2 == 0 && rows.Count > 0 ? rows.Keys.ElementAt(Math.Abs(query % rows.Count)) : (ulong)(uint)query).ToArray();
        var expected = new float[TagCount];
        foreach (var feature in features)
        {
            if (rows.TryGetValue(feature, out var row))
            {
                for (var t = 0; t < TagCount; t++)
                {
                    expected[t] += weights[(row * TagCount) + t];
                }
            }
        }

        var actual = new float[TagCount];
        table.AddScores(features, actual);
        return expected.AsSpan().SequenceEqual(actual).ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property Viterbi_skipping_O_only_tokens_finds_the_same_path(PositiveInt length, int seed)
    {
        var n = 1 + (length.Get % 40);
        var random = new Random(seed);
        var emission = new float[n * TagCount];
        var onlyOutside = new bool[n];
        for (var i = 0; i < n; i++)
        {
            onlyOutside[i] = random.Next(3) > 0;
            for (var t = 0; t < TagCount; t++)
            {
                emission[(i * TagCount) + t] = onlyOutside[i] ? (t == 0 ? 0 : float.NegativeInfinity) : (float)(random.NextDouble() * 4) - 2;
            }
        }

        var transitions = new float[(TagCount + 1) * TagCount];
        for (var k = 0; k < transitions.Length; k++)
        {
            transitions[k] = (float)(random.NextDouble() * 2) - 1;
        }

        var plain = new int[n];
        EntityTaggerModel.Viterbi(emission, n, transitions, TagCount, plain);
        var fast = new int[n];
        EntityTaggerModel.Viterbi(emission, n, transitions, TagCount, fast, onlyOutside, new float[n * TagCount], new int[n * TagCount]);
        return plain.AsSpan().SequenceEqual(fast).ToProperty();
    }

    /// <summary>Viterbi tries only the predecessors BIO allows; it must find the path a search over every allowed pair finds.</summary>
    [Property(MaxTest = 300)]
    public Property Viterbi_finds_the_best_path_of_every_allowed_pair(PositiveInt length, int seed)
    {
        var n = 1 + (length.Get % 12);
        var random = new Random(seed);
        // Whole numbers in a small range make ties common, so the order in which predecessors are tried is tested too.
        var emission = Enumerable.Range(0, n * TagCount).Select(_ => (float)random.Next(-2, 3)).ToArray();
        var transitions = Enumerable.Range(0, (TagCount + 1) * TagCount).Select(_ => (float)random.Next(-1, 2)).ToArray();

        var best = new int[n];
        EntityTaggerModel.Viterbi(emission, n, transitions, TagCount, best);
        return best.AsSpan().SequenceEqual(ReferenceViterbi(emission, n, transitions)).ToProperty();
    }

    /// <summary>Textbook Viterbi: every (previous, next) pair, skipped where <see cref="TagSet.Allowed"/> says no, first best kept.</summary>
    private static int[] ReferenceViterbi(float[] emission, int n, float[] transitions)
    {
        var score = new float[n * TagCount];
        var back = new int[n * TagCount];
        for (var t = 0; t < TagCount; t++)
        {
            score[t] = TagSet.IsInside(t) ? float.NegativeInfinity : transitions[(TagCount * TagCount) + t] + emission[t];
        }

        for (var i = 1; i < n; i++)
        {
            for (var t = 0; t < TagCount; t++)
            {
                var bestScore = float.NegativeInfinity;
                var bestPrevious = 0;
                for (var p = 0; p < TagCount; p++)
                {
                    var candidate = score[((i - 1) * TagCount) + p] + transitions[(p * TagCount) + t];
                    if (TagSet.Allowed(p, t) && candidate > bestScore)
                    {
                        (bestScore, bestPrevious) = (candidate, p);
                    }
                }

                score[(i * TagCount) + t] = bestScore + emission[(i * TagCount) + t];
                back[(i * TagCount) + t] = bestPrevious;
            }
        }

        var path = new int[n];
        var last = 0;
        for (var t = 1; t < TagCount; t++)
        {
            last = score[((n - 1) * TagCount) + t] > score[((n - 1) * TagCount) + last] ? t : last;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            path[i] = last;
            last = back[(i * TagCount) + last];
        }

        return path;
    }
}
