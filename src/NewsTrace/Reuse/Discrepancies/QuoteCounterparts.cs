using System.Collections.Immutable;
using System.Globalization;
using NewsTrace.Documents;

namespace NewsTrace.Reuse.Discrepancies;

/// <summary>
/// Pairs each quotation of one document with the quotation of the other that renders the same words, wherever the two
/// stand. A rewrite often moves a quote into a sentence the aligner pairs with something else (a lead that shares the
/// whole cast wins over the sentence that shares the quote), and then the passage diffs never see the two renderings
/// side by side. Quotations are what a rewriter must keep word for word, so they are matched on their own words:
/// mutual best by Jaccard over word sets, with enough shared words that an unrelated quote never pairs.
/// </summary>
internal static class QuoteCounterparts
{
    /// <summary>Words both quotations must share (with <see cref="MinimumSharedContentWords"/> of them not function words).</summary>
    public const int MinimumSharedWords = 3;

    public const int MinimumSharedContentWords = 2;

    /// <summary>The least Jaccard overlap of the two word sets: "full"/"complete support and solidarity" is 0.6.</summary>
    public const double MinimumJaccard = 0.5;

    /// <summary>The pairs of quotation spans (original's first), each quotation in at most one pair.</summary>
    public static ImmutableArray<(TextSpan Original, TextSpan Copy)> Pair(string originalText, ImmutableArray<TextSpan> originalQuotes, string copyText, ImmutableArray<TextSpan> copyQuotes)
    {
        var left = originalQuotes.Select(q => Words(originalText, q)).ToArray();
        var right = copyQuotes.Select(q => Words(copyText, q)).ToArray();
        var bestForLeft = new int[left.Length];
        var scoreForLeft = new double[left.Length];
        var bestForRight = Enumerable.Repeat(-1, right.Length).ToArray();
        var scoreForRight = new double[right.Length];
        for (var i = 0; i < left.Length; i++)
        {
            bestForLeft[i] = -1;
            for (var j = 0; j < right.Length; j++)
            {
                var score = Score(left[i], right[j]);
                if (score > scoreForLeft[i])
                {
                    (scoreForLeft[i], bestForLeft[i]) = (score, j);
                }

                if (score > scoreForRight[j])
                {
                    (scoreForRight[j], bestForRight[j]) = (score, i);
                }
            }
        }

        var pairs = ImmutableArray.CreateBuilder<(TextSpan, TextSpan)>();
        for (var i = 0; i < left.Length; i++)
        {
            var j = bestForLeft[i];
            if (j >= 0 && bestForRight[j] == i)
            {
                pairs.Add((originalQuotes[i], copyQuotes[j]));
            }
        }

        return pairs.ToImmutable();
    }

    /// <summary>Jaccard of the two word sets when they share enough words, else 0.</summary>
    private static double Score(HashSet<string> left, HashSet<string> right)
    {
        var shared = 0;
        var sharedContent = 0;
        foreach (var word in left)
        {
            if (right.Contains(word))
            {
                shared++;
                if (!Stories.Features.StopWords.Contains(word))
                {
                    sharedContent++;
                }
            }
        }

        if (shared < MinimumSharedWords || sharedContent < MinimumSharedContentWords)
        {
            return 0;
        }

        var jaccard = (double)shared / (left.Count + right.Count - shared);
        return jaccard >= MinimumJaccard ? jaccard : 0;
    }

    private static HashSet<string> Words(string text, TextSpan quote)
        => WordCount.Spans(text, quote).Select(w => w.Of(text).ToLower(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
}
