using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Quotes;
using NewsTrace.Reuse.Alignment;
using NewsTrace.Reuse.Diff;

namespace NewsTrace.Reuse.Baseline;

/// <summary>
/// A deliberately simple <see cref="IPairComparer"/>: each sentence is matched to the sentence of the other text that
/// contains most of its content words and word pairs, and the relation follows from how much of each text is matched
/// and how much of that is word for word. It stands in until a real aligner is composed; provenance and discrepancies
/// only depend on <see cref="IPairComparer"/>, so swapping it changes no other code.
/// </summary>
public sealed class BaselineSentenceComparer : IPairComparer
{
    /// <summary>Smallest containment (shared features over the smaller sentence's features) for two sentences to align.</summary>
    public double MinSentenceContainment { get; init; } = 0.2;

    /// <summary>
    /// Smallest containment for an aligned pair to count towards coverage, and so towards the relation: weaker pairs
    /// are kept as passages (a rewritten sentence that changed a fact is exactly such a pair) but two independent
    /// reports of one event must not add up to a rewrite through them.
    /// </summary>
    public double MinCoverageContainment { get; init; } = 0.25;

    /// <summary>A sentence with fewer content words than this never aligns: "she said" matches anything.</summary>
    public int MinContentWords { get; init; } = 4;

    /// <summary>A second partner is kept when it scores at least this share of the best one.</summary>
    public double RunnerUpShare { get; init; } = 0.8;

    /// <summary>Word-level similarity (equal words in the diff) from which an aligned passage counts as verbatim.</summary>
    public double VerbatimSimilarity { get; init; } = 0.8;

    /// <summary>Verbatim words outside quotation marks that make partial reuse; shared quotes alone never do.</summary>
    public int MinPartialWords { get; init; } = 25;

    public PairComparison Compare(Document left, Document right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var leftSentences = SentenceProfile.Of(left);
        var rightSentences = SentenceProfile.Of(right);
        var weight = Weights(leftSentences, rightSentences);
        var pairs = new SortedDictionary<(int Left, int Right), double>();
        Match(leftSentences, rightSentences, weight, pairs, leftFirst: true);
        Match(rightSentences, leftSentences, weight, pairs, leftFirst: false);

        var passages = ImmutableArray.CreateBuilder<AlignedPassage>(pairs.Count);
        var leftCovered = new bool[leftSentences.Length];
        var rightCovered = new bool[rightSentences.Length];
        var leftVerbatim = new bool[leftSentences.Length];
        var rightVerbatim = new bool[rightSentences.Length];
        var verbatimOutsideQuotes = 0;
        var leftQuotes = QuoteMarkSpans(left);
        var rightQuotes = QuoteMarkSpans(right);
        foreach (var ((l, r), score) in pairs)
        {
            var leftSpan = leftSentences[l].Span;
            var rightSpan = rightSentences[r].Span;
            var similarity = WordSimilarity(left.Text, leftSpan, right.Text, rightSpan);
            var verbatim = similarity >= VerbatimSimilarity;
            passages.Add(new AlignedPassage(leftSpan, rightSpan, similarity, verbatim ? PassageMatch.Verbatim : PassageMatch.Reworded));
            if (score >= MinCoverageContainment)
            {
                leftCovered[l] = rightCovered[r] = true;
            }

            if (verbatim)
            {
                verbatimOutsideQuotes += Math.Min(
                    WordsOutside(left.Text, leftSpan, leftQuotes),
                    WordsOutside(right.Text, rightSpan, rightQuotes));
                leftVerbatim[l] = rightVerbatim[r] = true;
            }
        }

        var leftCoverage = Coverage(leftSentences, leftCovered);
        var rightCoverage = Coverage(rightSentences, rightCovered);
        var relation = Relation(
            left, right, passages.Count, leftCoverage, rightCoverage,
            Coverage(leftSentences, leftVerbatim), Coverage(rightSentences, rightVerbatim), verbatimOutsideQuotes);
        var weighted = passages.Sum(p => p.Similarity * (p.Left.Length + p.Right.Length));
        var total = leftSentences.Sum(s => s.Span.Length) + rightSentences.Sum(s => s.Span.Length);
        var overall = relation == ReuseRelation.Identical ? 1.0 : total == 0 ? 0 : Math.Min(1.0, weighted / total);
        return new PairComparison(left.Id, right.Id, relation, overall, leftCoverage, rightCoverage, passages.ToImmutable());
    }

    private ReuseRelation Relation(
        Document left, Document right, int passages, double leftCoverage, double rightCoverage,
        double leftVerbatim, double rightVerbatim, int verbatimOutsideQuotes)
    {
        if (string.Equals(ContentHash.Of(left.Text), ContentHash.Of(right.Text), StringComparison.Ordinal))
        {
            return ReuseRelation.Identical;
        }

        if (leftVerbatim >= 0.6 && rightVerbatim >= 0.6)
        {
            return ReuseRelation.NearCopy;
        }

        if (leftCoverage >= 0.5 && rightCoverage >= 0.5)
        {
            return ReuseRelation.Rewrite;
        }

        if (verbatimOutsideQuotes >= MinPartialWords)
        {
            return ReuseRelation.PartialReuse;
        }

        return passages > 0 ? ReuseRelation.SameStory : ReuseRelation.Unrelated;
    }

    /// <summary>Each sentence of <paramref name="from"/> goes to its best partner in <paramref name="to"/>, when good enough.</summary>
    private void Match(ImmutableArray<SentenceProfile> from, ImmutableArray<SentenceProfile> to, Func<string, double> weight, SortedDictionary<(int, int), double> pairs, bool leftFirst)
    {
        for (var i = 0; i < from.Length; i++)
        {
            if (from[i].ContentWords < MinContentWords)
            {
                continue;
            }

            var scores = new List<(int Index, double Score)>();
            for (var j = 0; j < to.Length; j++)
            {
                if (to[j].ContentWords >= MinContentWords)
                {
                    scores.Add((j, from[i].Containment(to[j], weight)));
                }
            }

            // The best partner, and a close runner-up: a rewritten sentence often merges clauses of two source sentences.
            var ranked = scores.Where(s => s.Score >= MinSentenceContainment).OrderByDescending(s => s.Score).ThenBy(s => s.Index).Take(2).ToList();
            foreach (var (j, score) in ranked)
            {
                if (score >= RunnerUpShare * ranked[0].Score)
                {
                    var key = leftFirst ? (i, j) : (j, i);
                    pairs[key] = Math.Max(score, pairs.GetValueOrDefault(key));
                }
            }
        }
    }

    /// <summary>Inverse sentence frequency over both texts: log(1 + sentences / sentences holding the feature).</summary>
    private static Func<string, double> Weights(ImmutableArray<SentenceProfile> left, ImmutableArray<SentenceProfile> right)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in left.Concat(right))
        {
            foreach (var feature in sentence.Features)
            {
                frequency[feature] = frequency.GetValueOrDefault(feature) + 1;
            }
        }

        var count = Math.Max(1, left.Length + right.Length);
        return feature => Math.Log(1.0 + ((double)count / frequency.GetValueOrDefault(feature, 1)));
    }

    private static double Coverage(ImmutableArray<SentenceProfile> sentences, bool[] covered)
    {
        var total = 0;
        var inside = 0;
        for (var i = 0; i < sentences.Length; i++)
        {
            total += sentences[i].Words;
            inside += covered[i] ? sentences[i].Words : 0;
        }

        return total == 0 ? 0 : (double)inside / total;
    }

    /// <summary>Equal words of the word diff over all words of both sides (Dice).</summary>
    private static double WordSimilarity(string leftText, TextSpan left, string rightText, TextSpan right)
    {
        var equal = 0;
        var leftWords = 0;
        var rightWords = 0;
        foreach (var segment in WordDiff.Compare(leftText, left, rightText, right))
        {
            var l = WordCount.In(leftText, segment.Left);
            leftWords += l;
            rightWords += WordCount.In(rightText, segment.Right);
            equal += segment.Kind == DiffKind.Equal ? l : 0;
        }

        return leftWords + rightWords == 0 ? 0 : 2.0 * equal / (leftWords + rightWords);
    }

    private static ImmutableArray<TextSpan> QuoteMarkSpans(Document document)
        => [.. document.GetOrDefault(Layers.Quotes, [])
            .Where(q => q.Kind is QuoteKinds.Direct or QuoteKinds.Partial)
            .Select(q => q.Span)];

    private static int WordsOutside(string text, TextSpan span, ImmutableArray<TextSpan> quotes)
    {
        var words = WordCount.In(text, span);
        foreach (var quote in quotes)
        {
            if (quote.Overlaps(span))
            {
                var start = Math.Max(quote.Start, span.Start);
                var end = Math.Min(quote.End, span.End);
                words -= WordCount.In(text, new TextSpan(start, end));
            }
        }

        return Math.Max(0, words);
    }
}
