using NewsTrace.Reuse.Relations;

namespace NewsTrace.Reuse.Alignment;

/// <summary>
/// Aligns the sentences of two texts by their weighted terms, in any order (so reordered sentences are found):
/// every pair of sentences sharing terms is scored with a weighted Dice coefficient, and the best pairs are taken
/// one to one, greedily from the top. A split or merged sentence is then caught by growing each link with a
/// neighbouring unaligned sentence whenever the merged run matches better than the sentence alone.
/// </summary>
internal static class SentenceAligner
{
    /// <summary>Candidates below this never link; keeping them out keeps the sort small.</summary>
    private const double CandidateFloor = 0.1;

    /// <summary>The share of the smaller sentence's term weight a secondary (split) link must share.</summary>
    private const double SplitContainment = 0.4;

    /// <summary>The weighted Dice a secondary link needs besides: one shared common word must not make a link.</summary>
    private const double SplitFloor = 0.25;

    public static List<SentenceLink> Align(TextProfile left, TextProfile right, double[] weights, PairComparerOptions options)
        => Align(left, right, weights, options, out _);

    /// <param name="left">The left text.</param>
    /// <param name="right">The right text.</param>
    /// <param name="weights">Term weights.</param>
    /// <param name="options">Thresholds.</param>
    /// <param name="secondary">
    /// Sentences left unaligned by the one-to-one pass, each linked to its best partner even when that partner is
    /// already taken: the far-away half of a split sentence ("X, who flew into A on Wednesday, held talks…" told as
    /// "X arrived in B on Wednesday." early and "X held talks…" later). They are evidence for discrepancies, not
    /// coverage, so the caller keeps them apart from the main links.
    /// </param>
    public static List<SentenceLink> Align(TextProfile left, TextProfile right, double[] weights, PairComparerOptions options, out List<SentenceLink> secondary)
    {
        var leftWeights = left.Sentences.Select(s => TermSets.Weight(s.Terms, weights)).ToArray();
        var rightWeights = right.Sentences.Select(s => TermSets.Weight(s.Terms, weights)).ToArray();
        var candidates = Candidates(left, right, weights, leftWeights, rightWeights, options);
        var leftTaken = new bool[left.Sentences.Length];
        var rightTaken = new bool[right.Sentences.Length];
        var links = new List<SentenceLink>();
        foreach (var (i, j, similarity, _) in candidates)
        {
            if (similarity < options.AlignThreshold)
            {
                break;
            }

            if (!leftTaken[i] && !rightTaken[j])
            {
                leftTaken[i] = rightTaken[j] = true;
                links.Add(new SentenceLink(i, i + 1, j, j + 1, similarity));
            }
        }

        for (var k = 0; k < links.Count; k++)
        {
            links[k] = Grow(links[k], left, right, weights, leftTaken, rightTaken);
        }

        links.Sort((a, b) => a.LeftFirst.CompareTo(b.LeftFirst));
        secondary = Secondary(candidates, leftTaken, rightTaken, options);
        return links;
    }

    /// <summary>The best partner of each sentence the main pass left alone, taken or not (candidates are best first).</summary>
    private static List<SentenceLink> Secondary(List<(int Left, int Right, double Similarity, double Containment)> candidates, bool[] leftTaken, bool[] rightTaken, PairComparerOptions options)
    {
        var links = new List<SentenceLink>();
        var leftDone = (bool[])leftTaken.Clone();
        var rightDone = (bool[])rightTaken.Clone();

        // A split half is short against the whole sentence, so Dice undersells it: ask how much of the smaller side is shared.
        foreach (var (i, j, similarity, _) in candidates.Where(c => c.Containment >= SplitContainment && c.Similarity >= SplitFloor).OrderByDescending(c => c.Containment))
        {
            if (leftDone[i] == rightDone[j])
            {
                // Both free would have been linked by the main pass; both done leaves nothing to explain.
                continue;
            }

            leftDone[i] = rightDone[j] = true;
            links.Add(new SentenceLink(i, i + 1, j, j + 1, similarity));
        }

        links.Sort((a, b) => a.LeftFirst.CompareTo(b.LeftFirst));
        return links;
    }

    private static List<(int Left, int Right, double Similarity, double Containment)> Candidates(
        TextProfile left, TextProfile right, double[] weights, double[] leftWeights, double[] rightWeights, PairComparerOptions options)
    {
        // Inverted index of the right sentences by term, as compressed rows: postings of term t are at [start[t], start[t + 1]).
        var start = new int[weights.Length + 1];
        foreach (var sentence in right.Sentences)
        {
            foreach (var term in sentence.Terms)
            {
                start[term + 1]++;
            }
        }

        for (var t = 0; t < weights.Length; t++)
        {
            start[t + 1] += start[t];
        }

        var postings = new int[start[^1]];
        var fill = start[..^1];
        for (var j = 0; j < right.Sentences.Length; j++)
        {
            foreach (var term in right.Sentences[j].Terms)
            {
                postings[fill[term]++] = j;
            }
        }

        var shared = new double[right.Sentences.Length];
        var sharedCount = new int[right.Sentences.Length];
        var touched = new List<int>();
        var candidates = new List<(int, int, double, double)>();
        for (var i = 0; i < left.Sentences.Length; i++)
        {
            foreach (var term in left.Sentences[i].Terms)
            {
                for (var p = start[term]; p < start[term + 1]; p++)
                {
                    var j = postings[p];
                    if (sharedCount[j]++ == 0)
                    {
                        touched.Add(j);
                    }

                    shared[j] += weights[term];
                }
            }

            foreach (var j in touched)
            {
                var total = leftWeights[i] + rightWeights[j];
                var similarity = total == 0 ? 0 : 2 * shared[j] / total;
                if (similarity >= CandidateFloor && sharedCount[j] >= options.MinSharedTerms)
                {
                    var smaller = Math.Min(leftWeights[i], rightWeights[j]);
                    candidates.Add((i, j, similarity, smaller == 0 ? 0 : shared[j] / smaller));
                }

                shared[j] = 0;
                sharedCount[j] = 0;
            }

            touched.Clear();
        }

        var leftCount = Math.Max(1, left.Sentences.Length);
        var rightCount = Math.Max(1, right.Sentences.Length);

        // Best first; among equals, the pair nearest the diagonal (rewrites mostly keep the order), then by position.
        candidates.Sort((a, b) =>
        {
            var bySimilarity = b.Item3.CompareTo(a.Item3);
            if (bySimilarity != 0)
            {
                return bySimilarity;
            }

            var byDiagonal = Math.Abs(((double)a.Item1 / leftCount) - ((double)a.Item2 / rightCount))
                .CompareTo(Math.Abs(((double)b.Item1 / leftCount) - ((double)b.Item2 / rightCount)));
            return byDiagonal != 0 ? byDiagonal : a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : a.Item2.CompareTo(b.Item2);
        });
        return candidates;
    }

    /// <summary>Adds free neighbouring sentences on either side while the merged runs match better.</summary>
    private static SentenceLink Grow(SentenceLink link, TextProfile left, TextProfile right, double[] weights, bool[] leftTaken, bool[] rightTaken)
    {
        var leftTerms = Terms(left, link.LeftFirst, link.LeftEnd);
        var rightTerms = Terms(right, link.RightFirst, link.RightEnd);
        var best = link.Similarity;
        var grown = true;
        while (grown)
        {
            grown = false;
            foreach (var (side, index) in new[] { (0, link.LeftFirst - 1), (0, link.LeftEnd), (1, link.RightFirst - 1), (1, link.RightEnd) })
            {
                var profile = side == 0 ? left : right;
                var taken = side == 0 ? leftTaken : rightTaken;
                if (index < 0 || index >= profile.Sentences.Length || taken[index])
                {
                    continue;
                }

                var merged = TermSets.Union(side == 0 ? leftTerms : rightTerms, profile.Sentences[index].Terms);
                var similarity = side == 0 ? TermSets.Dice(merged, rightTerms, weights) : TermSets.Dice(leftTerms, merged, weights);

                // The neighbour must add matching content, not just dilute less: a small margin keeps chance words out.
                if (similarity > best + 0.02)
                {
                    taken[index] = true;
                    best = similarity;
                    if (side == 0)
                    {
                        leftTerms = merged;
                        link = link with { LeftFirst = Math.Min(link.LeftFirst, index), LeftEnd = Math.Max(link.LeftEnd, index + 1), Similarity = similarity };
                    }
                    else
                    {
                        rightTerms = merged;
                        link = link with { RightFirst = Math.Min(link.RightFirst, index), RightEnd = Math.Max(link.RightEnd, index + 1), Similarity = similarity };
                    }

                    grown = true;
                    break;
                }
            }
        }

        return link;
    }

    private static int[] Terms(TextProfile profile, int first, int end)
    {
        var terms = profile.Sentences[first].Terms;
        for (var k = first + 1; k < end; k++)
        {
            terms = TermSets.Union(terms, profile.Sentences[k].Terms);
        }

        return terms;
    }
}
