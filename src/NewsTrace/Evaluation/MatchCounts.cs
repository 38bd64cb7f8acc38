namespace NewsTrace.Evaluation;

/// <summary>True positives, false positives and false negatives, with the precision, recall and F1 they give.</summary>
public readonly record struct MatchCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static MatchCounts operator +(MatchCounts left, MatchCounts right)
        => new(left.TruePositives + right.TruePositives, left.FalsePositives + right.FalsePositives, left.FalseNegatives + right.FalseNegatives);

    public MatchCounts Add(MatchCounts other) => this + other;
}
