namespace NewsTrace.Evaluation;

/// <summary>
/// Bag-of-words agreement between an extracted text and the gold text. The overlap is the sum over words of
/// min(count in extracted, count in gold), so a paragraph extracted twice is not rewarded twice.
/// Precision = overlap / extracted words, recall = overlap / gold words. Two empty texts agree fully (1, 1, 1);
/// when only one side is empty every figure is 0, so a failed or empty extraction counts as a miss.
/// </summary>
public readonly record struct WordOverlap(double Precision, double Recall, double F1)
{
    public static WordOverlap Compute(string extracted, string gold)
    {
        var extractedCounts = ScoringWords.Count(extracted);
        var goldCounts = ScoringWords.Count(gold);
        var extractedTotal = extractedCounts.Values.Sum();
        var goldTotal = goldCounts.Values.Sum();
        if (extractedTotal == 0 && goldTotal == 0)
        {
            return new WordOverlap(1, 1, 1);
        }

        if (extractedTotal == 0 || goldTotal == 0)
        {
            return new WordOverlap(0, 0, 0);
        }

        var overlap = 0;
        foreach (var (word, count) in extractedCounts)
        {
            overlap += Math.Min(count, goldCounts.GetValueOrDefault(word));
        }

        var precision = (double)overlap / extractedTotal;
        var recall = (double)overlap / goldTotal;
        var f1 = overlap == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new WordOverlap(precision, recall, f1);
    }
}
