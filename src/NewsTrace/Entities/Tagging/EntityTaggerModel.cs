using System.Collections.Frozen;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// A linear-chain model over BIO tags: a weight per (feature, tag), a weight per (previous tag, tag) with a row for the
/// sequence start, and Viterbi decoding that never produces a transition BIO forbids (an I- not following its own B- or I-).
/// </summary>
internal sealed class EntityTaggerModel
{
    private readonly FrozenDictionary<ulong, int> _rows;
    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly FeatureTable _table;

    /// <param name="tags">The tag set.</param>
    /// <param name="rows">Each feature's row in <paramref name="weights"/>.</param>
    /// <param name="weights">Row-major, <c>TagSet.Count</c> weights a row.</param>
    /// <param name="transitions">(<c>TagSet.Count</c> + 1) rows of <c>TagSet.Count</c>: row p is "previous tag p", the last row the sequence start.</param>
    public EntityTaggerModel(TagSet tags, FrozenDictionary<ulong, int> rows, float[] weights, float[] transitions)
    {
        Tags = tags;
        _rows = rows;
        _weights = weights;
        _transitions = transitions;
        if (weights.Length != rows.Count * tags.Count || transitions.Length != (tags.Count + 1) * tags.Count)
        {
            throw new ArgumentException("weight arrays do not match the tag set and the feature count");
        }

        _table = new FeatureTable(rows, weights, tags.Count);
    }

    public TagSet Tags { get; }

    public int FeatureCount => _rows.Count;

    public FrozenDictionary<ulong, int> Rows => _rows;

    public ReadOnlySpan<float> Weights => _weights;

    public ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>
    /// The best tag sequence for tokens [from, to), written into <paramref name="tags"/>; each token's features are extracted
    /// into <paramref name="buffers"/> (once per document, for both passes), which also hold Viterbi's arrays between sentences. A second-pass model
    /// also reads <paramref name="firstPass"/>, the first pass's tags of the document as features.
    /// </summary>
    public void Decode(FeatureExtractor extractor, DecodeBuffers buffers, int from, int to, Span<int> tags, FirstPassFeatures? firstPass = null)
    {
        var tagCount = Tags.Count;
        var length = to - from;
        if (length <= 0)
        {
            return;
        }

        var emission = buffers.Emission(length);
        emission.Clear();
        var onlyOutside = buffers.OnlyOutside(length);
        var features = buffers.Features;
        for (var i = 0; i < length; i++)
        {
            var scores = emission.Slice(i * tagCount, tagCount);
            onlyOutside[i] = !extractor.MayBeInName(from + i);
            if (onlyOutside[i])
            {
                // Only O is possible: the other tags are ruled out instead of scored.
                scores[1..].Fill(float.NegativeInfinity);
                continue;
            }

            // Scored in two calls, the extractor's features and then the second pass's, the sums add up in the same order as one list.
            _table.AddScores(buffers.ExtractorFeatures(extractor, from + i), scores);
            if (firstPass is not null)
            {
                features.Clear();
                firstPass.AddTo(from + i, features);
                _table.AddScores(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), scores);
            }
        }

        Viterbi(emission, length, _transitions, tagCount, tags, onlyOutside, buffers.Score(length), buffers.Back(length));
    }

    /// <summary>Adds the weights of <paramref name="tokenFeatures"/> for every tag into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> tokenFeatures, Span<float> scores) => _table.AddScores(tokenFeatures, scores);

    /// <summary>First-order Viterbi over precomputed emission scores; forbidden BIO transitions are never taken.</summary>
    public static void Viterbi(ReadOnlySpan<float> emission, int length, ReadOnlySpan<float> transitions, int tagCount, Span<int> best)
        => Viterbi(emission, length, transitions, tagCount, best, [], new float[length * tagCount], new int[length * tagCount]);

    /// <summary>
    /// Viterbi as above; at a token marked in <paramref name="onlyOutside"/> (all tags but O scored minus infinity) only O's
    /// column is computed, since the others are minus infinity whatever came before and no best path passes through them.
    /// </summary>
    public static void Viterbi(
        ReadOnlySpan<float> emission, int length, ReadOnlySpan<float> transitions, int tagCount, Span<int> best,
        ReadOnlySpan<bool> onlyOutside, Span<float> score, Span<int> back)
    {
        var startRow = tagCount * tagCount;
        for (var t = 0; t < tagCount; t++)
        {
            score[t] = TagSet.IsInside(t) ? float.NegativeInfinity : transitions[startRow + t] + emission[t];
        }

        for (var i = 1; i < length; i++)
        {
            var columns = !onlyOutside.IsEmpty && onlyOutside[i] ? 1 : tagCount;
            var previous = score.Slice((i - 1) * tagCount, tagCount);
            if (columns == 1 && onlyOutside[i - 1])
            {
                // Within a stretch of O-only tokens every path but O's is minus infinity: O follows O.
                score[i * tagCount] = previous[0] + transitions[0] + emission[i * tagCount];
                back[i * tagCount] = 0;
                score.Slice((i * tagCount) + 1, tagCount - 1).Fill(float.NegativeInfinity);
                continue;
            }

            for (var t = 0; t < columns; t++)
            {
                var bestScore = float.NegativeInfinity;
                var bestPrevious = 0;

                // BIO lets an I tag follow only its own label's B or I (the tag before it and itself); any tag may follow
                // the others. Trying just those, in the same order, gives the same path as testing every pair against the table.
                var inside = TagSet.IsInside(t);
                for (var p = inside ? t - 1 : 0; p < (inside ? t + 1 : tagCount); p++)
                {
                    var candidate = previous[p] + transitions[(p * tagCount) + t];
                    if (candidate > bestScore)
                    {
                        bestScore = candidate;
                        bestPrevious = p;
                    }
                }

                score[(i * tagCount) + t] = bestScore + emission[(i * tagCount) + t];
                back[(i * tagCount) + t] = bestPrevious;
            }

            for (var t = columns; t < tagCount; t++)
            {
                score[(i * tagCount) + t] = float.NegativeInfinity;
                back[(i * tagCount) + t] = 0;
            }
        }

        var last = 0;
        for (var t = 1; t < tagCount; t++)
        {
            if (score[((length - 1) * tagCount) + t] > score[((length - 1) * tagCount) + last])
            {
                last = t;
            }
        }

        for (var i = length - 1; i >= 0; i--)
        {
            best[i] = last;
            last = back[(i * tagCount) + last];
        }
    }
}
