using NewsTrace.Stories.Features;

namespace NewsTrace.Reuse.Alignment;

/// <summary>
/// The weight of each term of a pair: how rare it is (from the corpus table when given, else from the pair's own
/// sentences) times a boost for names and numbers, which rewriters keep while they swap the words around them.
/// </summary>
internal static class TermWeights
{
    /// <summary>Below this many sentences in the pair, in-pair rarity is noise (two sentences cannot tell rare from common).</summary>
    private const int MinSentencesForPairRarity = 6;

    public static double[] Compute(PairVocabulary vocabulary, TextProfile left, TextProfile right, TermRarity? rarity, double nameBoost, double numberBoost)
    {
        var weights = new double[vocabulary.TermCount];
        var sentenceCount = left.Sentences.Length + right.Sentences.Length;
        int[]? sentenceFrequency = null;
        if (rarity is null && sentenceCount >= MinSentencesForPairRarity)
        {
            sentenceFrequency = new int[weights.Length];
            Count(left, sentenceFrequency);
            Count(right, sentenceFrequency);
        }

        for (var id = 0; id < weights.Length; id++)
        {
            var inverse = rarity is not null ? rarity.InverseFrequency(vocabulary.Term(id))
                : sentenceFrequency is not null ? Math.Log((sentenceCount + 1.0) / (sentenceFrequency[id] + 1.0)) + 1.0
                : 1.0;
            weights[id] = inverse * vocabulary.ClassOf(id) switch
            {
                TermClass.Name => nameBoost,
                TermClass.Number => numberBoost,
                _ => 1.0,
            };
        }

        return weights;
    }

    private static void Count(TextProfile profile, int[] frequency)
    {
        foreach (var sentence in profile.Sentences)
        {
            foreach (var term in sentence.Terms)
            {
                frequency[term]++;
            }
        }
    }
}
