namespace NewsTrace.Entities.Tagging;

/// <summary>A training document for <see cref="EntityTaggerTrainer"/>: the rules' reading of it, its tokens' features, its gold tags and its sentences.</summary>
internal sealed record TrainingExample(RuleReading Reading, TokenFeatures Features, int[] Gold, List<(int From, int To)> Sequences);
