using System.Collections.Immutable;

namespace NewsTrace.Evaluation;

/// <summary>
/// TempEval-3 scores of temporal expressions: strict (exact offsets) and relaxed (overlap) span precision, recall and F1;
/// type and value accuracy over relaxed matches; and value F1, where a hit is a relaxed match with the right value.
/// </summary>
public sealed record TimeMLScores(
    int Documents,
    int Gold,
    int Predicted,
    int StrictMatches,
    int RelaxedMatches,
    int TypeCorrect,
    int ValueCorrect,
    ImmutableArray<TimexDisagreement> Disagreements)
{
    public double StrictPrecision => Ratio(StrictMatches, Predicted);

    public double StrictRecall => Ratio(StrictMatches, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Ratio(RelaxedMatches, Predicted);

    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);

    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    public double ValuePrecision => Ratio(ValueCorrect, Predicted);

    public double ValueRecall => Ratio(ValueCorrect, Gold);

    public double ValueF1 => F1(ValuePrecision, ValueRecall);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
