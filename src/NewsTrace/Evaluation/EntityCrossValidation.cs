using System.Collections.Immutable;
using NewsTrace.Entities;
using NewsTrace.Entities.Tagging;

namespace NewsTrace.Evaluation;

/// <summary>
/// K-fold cross-validation of the entity tagger on GUM documents (fold = document index mod K): each fold is scored with a
/// tagger trained on the other folds, through <see cref="EntityFinder"/> as shipped (rules + tagger). The GUM dev set is
/// too small (110 names) to choose between features; the train split's folds give sixteen times as many names to decide on
/// without touching dev or test.
/// </summary>
public static class EntityCrossValidation
{
    /// <param name="documents">The documents to fold.</param>
    /// <param name="folds">K.</param>
    /// <param name="options">How each fold's tagger is trained.</param>
    /// <param name="extra">Training texts added to every fold's training data (never scored).</param>
    /// <param name="errors">When given, each held-out document's errors are listed here (<see cref="EntityErrorListing"/>).</param>
    public static EntityEvaluation Run(IReadOnlyList<GumDocument> documents, int folds, EntityTaggerTrainingOptions options, IReadOnlyList<LabelledText>? extra = null, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var byLabel = new SortedDictionary<string, MatchCounts>(StringComparer.Ordinal);
        var overall = default(MatchCounts);
        var blind = default(MatchCounts);
        for (var fold = 0; fold < folds; fold++)
        {
            var held = documents.Where((_, index) => index % folds == fold).ToList();
            var training = documents.Where((_, index) => index % folds != fold).Select(GumTrainingData.ToTrainingText).Concat(extra ?? []);
            var tagger = EntityTaggerTrainer.Train(training, options);
            var evaluation = EntityEvaluator.Evaluate(held, text => EntityFinder.Find(text, tagger));
            if (errors is not null)
            {
                foreach (var document in held)
                {
                    EntityErrorListing.Write(document, EntityFinder.Find(document.Text, tagger), errors);
                }
            }
            foreach (var (label, counts) in evaluation.ByLabel)
            {
                byLabel[label] = byLabel.GetValueOrDefault(label) + counts;
            }

            overall += evaluation.Overall;
            blind += evaluation.LabelBlind;
        }

        return new EntityEvaluation(documents.Count, byLabel.ToImmutableSortedDictionary(StringComparer.Ordinal), overall, blind);
    }
}
