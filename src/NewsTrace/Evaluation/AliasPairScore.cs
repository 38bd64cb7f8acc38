namespace NewsTrace.Evaluation;

/// <summary>How well entities group aliases, counted over pairs of aliases that name one entity.</summary>
/// <param name="GoldPairs">Pairs of gold aliases that name one gold entity.</param>
/// <param name="PredictedPairs">Pairs of gold aliases the prediction puts in one entity.</param>
/// <param name="CorrectPairs">Pairs in both.</param>
/// <param name="GoldAliases">Distinct gold aliases.</param>
/// <param name="FoundAliases">Gold aliases that some predicted entity has.</param>
/// <param name="ReachablePairs">Gold pairs whose two aliases were both found: what grouping alone could get right.</param>
public sealed record AliasPairScore(int GoldPairs, int PredictedPairs, int CorrectPairs, int GoldAliases, int FoundAliases, int ReachablePairs)
{
    public double Precision => PredictedPairs == 0 ? 1.0 : (double)CorrectPairs / PredictedPairs;

    public double Recall => GoldPairs == 0 ? 1.0 : (double)CorrectPairs / GoldPairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Recall over the pairs whose aliases were both found: the grouping's own share of the misses.</summary>
    public double RecallOfFound => ReachablePairs == 0 ? 1.0 : (double)CorrectPairs / ReachablePairs;

    public double AliasCoverage => GoldAliases == 0 ? 1.0 : (double)FoundAliases / GoldAliases;
}
