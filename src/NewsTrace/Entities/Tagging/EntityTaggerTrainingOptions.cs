namespace NewsTrace.Entities.Tagging;

/// <summary>How <see cref="EntityTaggerTrainer"/> trains.</summary>
/// <param name="Epochs">Passes over the training sentences (6 was best on GUM dev; more overfits the small training set).</param>
/// <param name="Seed">Seeds the shuffle of the sentences before each pass, so training is deterministic.</param>
/// <param name="MinFeatureCount">Features seen fewer times in the training data are dropped: they cannot generalise and they bloat the model.</param>
public sealed record EntityTaggerTrainingOptions(int Epochs = 6, int Seed = 17, int MinFeatureCount = 2);
