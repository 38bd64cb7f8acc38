using System.Collections.Immutable;
using System.Text;
using NewsTrace.Documents;
using NewsTrace.Reuse.Alignment;
using NewsTrace.Stories.Features;

namespace NewsTrace.Reuse.Relations;

/// <summary>
/// Compares two analysed documents: aligns their sentences by weighted terms (names, numbers and rare words count
/// most; synonyms and inflections fold together), finds verbatim blocks by seed and extend, and decides the relation
/// from how much of each text the two cover. Every aligned sentence pair (or merged run, for split and joined
/// sentences) is an <see cref="AlignedPassage"/> whose spans are whole sentences. Stateless and thread-safe.
/// </summary>
public sealed class PairComparer : IPairComparer
{
    /// <summary>How much of the similarity a complete disagreement of numbers takes away.</summary>
    private const double NumberConflictPenalty = 0.35;

    private readonly PairComparerOptions _options;
    private readonly TermRarity? _rarity;

    /// <param name="options">Thresholds; <see cref="PairComparerOptions.Default"/> when null.</param>
    /// <param name="rarity">Corpus document frequencies; without them, rarity comes from the pair's own sentences.</param>
    public PairComparer(PairComparerOptions? options = null, TermRarity? rarity = null)
    {
        _options = options ?? PairComparerOptions.Default;
        _rarity = rarity;
    }

    public PairComparison Compare(Document left, Document right) => Analyze(left, right).Comparison;

    /// <summary>The comparison with its evidence and verbatim blocks.</summary>
    public PairAnalysis Analyze(Document left, Document right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var vocabulary = new PairVocabulary();
        var leftProfile = TextProfile.Build(left, vocabulary);
        var rightProfile = TextProfile.Build(right, vocabulary);
        var weights = TermWeights.Compute(vocabulary, leftProfile, rightProfile, _rarity, _options.NameBoost, _options.NumberBoost);
        var links = SentenceAligner.Align(leftProfile, rightProfile, weights, _options, out var secondaryLinks);
        var exactRuns = new List<VerbatimBlock>();
        var blocks = VerbatimBlockFinder.Find(leftProfile.Words, rightProfile.Words, _options.SeedWords, _options.MinBlockWords, _options.MaxBlockGap, exactRuns);
        var passages = Passages(links, leftProfile, rightProfile);

        var leftAligned = links.Sum(l => Words(leftProfile, l.LeftFirst, l.LeftEnd));
        var rightAligned = links.Sum(l => Words(rightProfile, l.RightFirst, l.RightEnd));
        // Coverage counts the words that are really the same (the exact runs of the blocks), not the edits between them.
        var leftVerbatim = Covered(leftProfile.WordCount, exactRuns.Select(b => (b.LeftStart, b.LeftEnd)));
        var rightVerbatim = Covered(rightProfile.WordCount, exactRuns.Select(b => (b.RightStart, b.RightEnd)));
        var evidence = new PairEvidence(
            Identical: SameNormalizedText(left.Text, right.Text),
            LeftWords: leftProfile.WordCount,
            RightWords: rightProfile.WordCount,
            LeftCoverage: Share(leftAligned, leftProfile.WordCount),
            RightCoverage: Share(rightAligned, rightProfile.WordCount),
            LeftVerbatim: Share(leftVerbatim, leftProfile.WordCount),
            RightVerbatim: Share(rightVerbatim, rightProfile.WordCount),
            VerbatimWords: Math.Max(leftVerbatim, rightVerbatim),
            AlignedPassages: passages.Length,
            RewordedPassages: passages.Count(p => p.Match == PassageMatch.Reworded),
            TextSimilarity: TermSets.Dice(leftProfile.Terms, rightProfile.Terms, weights),
            SharedNames: SharedNames(leftProfile.Terms, rightProfile.Terms, vocabulary));
        var relation = ReuseRelationRules.Classify(evidence, _options);
        var similarity = evidence.Identical ? 1.0 : Similarity(passages, leftProfile, rightProfile, evidence) * NumberAgreement(leftProfile, rightProfile, vocabulary);
        if (relation is ReuseRelation.Rewrite or ReuseRelation.PartialReuse && secondaryLinks.Count > 0)
        {
            // Split sentences add evidence (a changed place in the far half) without counting twice towards coverage.
            // Near-copies keep their sentences whole, so only rewrites and partial reuse get them.
            passages = [.. passages.Concat(Passages(secondaryLinks, leftProfile, rightProfile)).OrderBy(p => p.Left.Start).ThenBy(p => p.Right.Start)];
        }

        var comparison = new PairComparison(left.Id, right.Id, relation, similarity, evidence.LeftCoverage, evidence.RightCoverage, passages);
        return new PairAnalysis(comparison, evidence, [.. blocks]);
    }

    /// <summary>
    /// Equal <see cref="ContentHash"/>es. Hashing allocates, so texts already in NFKC whose letter-and-digit counts
    /// differ (nearly every pair) are told apart by counting alone.
    /// </summary>
    private static bool SameNormalizedText(string left, string right)
    {
        if (left.IsNormalized(NormalizationForm.FormKC) && right.IsNormalized(NormalizationForm.FormKC)
            && LettersAndDigits(left) != LettersAndDigits(right))
        {
            return false;
        }

        return string.Equals(ContentHash.Of(left), ContentHash.Of(right), StringComparison.Ordinal);
    }

    private static int LettersAndDigits(string text)
    {
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                count++;
            }
        }

        return count;
    }

    private ImmutableArray<AlignedPassage> Passages(List<SentenceLink> links, TextProfile left, TextProfile right)
    {
        var passages = ImmutableArray.CreateBuilder<AlignedPassage>(links.Count);
        foreach (var link in links)
        {
            var leftWords = WordRange(left, link.LeftFirst, link.LeftEnd);
            var rightWords = WordRange(right, link.RightFirst, link.RightEnd);
            var total = leftWords.Length + rightWords.Length;
            var kept = total == 0 ? 0 : 2.0 * WordLcs.Length(leftWords, rightWords) / total;
            var match = kept >= _options.VerbatimRatio ? PassageMatch.Verbatim : PassageMatch.Reworded;
            passages.Add(new AlignedPassage(
                Span(left, link.LeftFirst, link.LeftEnd),
                Span(right, link.RightFirst, link.RightEnd),
                Math.Round(Math.Max(link.Similarity, kept), 4),
                match));
        }

        return passages.MoveToImmutable();
    }

    /// <summary>
    /// Passage similarities weighted by the words they cover on both sides; texts with nothing aligned still get a
    /// graded score from their overall term overlap (halved, so any aligned pair outranks an unaligned one of equal overlap).
    /// </summary>
    private static double Similarity(ImmutableArray<AlignedPassage> passages, TextProfile left, TextProfile right, PairEvidence evidence)
    {
        var totalWords = left.WordCount + right.WordCount;
        if (totalWords == 0)
        {
            return 0;
        }

        var weighted = 0.0;
        foreach (var passage in passages)
        {
            weighted += passage.Similarity * (CountWords(left, passage.Left) + CountWords(right, passage.Right));
        }

        return Math.Round(Math.Clamp(Math.Max(weighted / totalWords, 0.5 * evidence.TextSimilarity), 0, 1), 4);
    }

    /// <summary>
    /// 1 when the numbers agree; less when each text has numbers the other lacks ("rose 12 percent" against "fell 3
    /// percent"): the same words around other figures state another fact. Only a conflict counts, not an omission.
    /// </summary>
    private static double NumberAgreement(TextProfile left, TextProfile right, PairVocabulary vocabulary)
    {
        var leftNumbers = left.Terms.Where(t => vocabulary.ClassOf(t) == TermClass.Number).ToHashSet();
        var rightNumbers = right.Terms.Where(t => vocabulary.ClassOf(t) == TermClass.Number).ToHashSet();
        if (leftNumbers.IsSubsetOf(rightNumbers) || rightNumbers.IsSubsetOf(leftNumbers))
        {
            return 1.0;
        }

        var shared = leftNumbers.Count(rightNumbers.Contains);
        var union = leftNumbers.Count + rightNumbers.Count - shared;
        return 1.0 - (NumberConflictPenalty * (1.0 - ((double)shared / union)));
    }

    private static int CountWords(TextProfile profile, TextSpan span)
    {
        var count = 0;
        foreach (var word in profile.WordSpans)
        {
            if (span.Contains(word))
            {
                count++;
            }
        }

        return count;
    }

    private static ReadOnlySpan<int> WordRange(TextProfile profile, int first, int end)
    {
        var from = profile.Sentences[first].FirstWord;
        return profile.Words.AsSpan(from, profile.Sentences[end - 1].WordEnd - from);
    }

    private static int Words(TextProfile profile, int first, int end) => profile.Sentences[end - 1].WordEnd - profile.Sentences[first].FirstWord;

    private static TextSpan Span(TextProfile profile, int first, int end) => new(profile.Sentences[first].Span.Start, profile.Sentences[end - 1].Span.End);

    private static int Covered(int wordCount, IEnumerable<(int Start, int End)> ranges)
    {
        var covered = new bool[wordCount];
        foreach (var (start, end) in ranges)
        {
            covered.AsSpan(start, end - start).Fill(true);
        }

        return covered.Count(c => c);
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static int SharedNames(int[] left, int[] right, PairVocabulary vocabulary)
    {
        var count = 0;
        int i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                if (vocabulary.ClassOf(left[i]) == TermClass.Name)
                {
                    count++;
                }

                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return count;
    }
}
