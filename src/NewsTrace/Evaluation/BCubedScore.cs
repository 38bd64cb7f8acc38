namespace NewsTrace.Evaluation;

/// <summary>BCubed precision, recall and their harmonic mean, each in [0, 1].</summary>
public readonly record struct BCubedScore(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
