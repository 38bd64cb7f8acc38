namespace NewsTrace.Entities.Tagging;

/// <summary>How <see cref="EntityTaggerTrainer"/> trains.</summary>
/// <param name="Epochs">Passes over the training sentences (6 was best on GUM dev; more overfits the small training set).</param>
/// <param name="Seed">Seeds the shuffle of the sentences before each pass, so training is deterministic.</param>
/// <param name="MinFeatureCount">Features seen fewer times in the training data are dropped: they cannot generalise and they bloat the model.</param>
/// <param name="StackFolds">
/// 0 for a one-pass tagger; K ≥ 2 for a two-pass tagger whose second pass is trained on first-pass tags of each training
/// document from a model trained on the other K − 1 folds (jackknifing), so it learns from first-pass errors as they are on unseen text.
/// </param>
public sealed record EntityTaggerTrainingOptions(int Epochs = 6, int Seed = 17, int MinFeatureCount = 2, int StackFolds = 0);
