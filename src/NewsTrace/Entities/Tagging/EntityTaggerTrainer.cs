using System.Collections.Frozen;
using System.Globalization;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Trains an <see cref="EntityTagger"/>: a structured (linear-chain) perceptron, averaged over every update so the last
/// sentences seen do not dominate (Collins 2002). Each pass shuffles the sentences with a fixed seed; the result depends only
/// on the data and the options.
/// </summary>
public static class EntityTaggerTrainer
{
    public static EntityTagger Train(IEnumerable<LabelledText> documents, EntityTaggerTrainingOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var tags = new TagSet(TagSet.DefaultLabels);
        var examples = new List<TrainingExample>();
        var misaligned = 0;
        var names = 0;
        foreach (var document in documents)
        {
            var tokens = Tokenizer.Tokenize(document.Text);
            var reading = new RuleReading(document.Text, tokens, SentenceSplitter.Split(document.Text, tokens.AsSpan()));
            var (gold, badEdges) = BioCodec.Encode(tokens, document.Names, tags);
            misaligned += badEdges;
            names += document.Names.Length;
            examples.Add(new TrainingExample(reading, reading.Extractor.Extract(), gold, [.. reading.Sequences()]));
        }

        log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents: {examples.Count}, names: {names}, names not on token edges: {misaligned}"));
        var first = TrainModel(examples, tags, options, log);
        if (options.StackFolds < 2)
        {
            return new EntityTagger(first);
        }

        // Jackknifing: each document's first-pass tags come from a model that did not see it, as on new text.
        var firstPassTags = new int[examples.Count][];
        for (var fold = 0; fold < options.StackFolds; fold++)
        {
            var others = examples.Where((_, index) => index % options.StackFolds != fold).ToList();
            var model = TrainModel(others, tags, options, log: null);
            var buffers = new DecodeBuffers(tags.Count);
            for (var index = fold; index < examples.Count; index += options.StackFolds)
            {
                firstPassTags[index] = EntityTagger.DecodeDocument(model, examples[index].Reading, buffers, firstPass: null);
            }
        }

        log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"second pass, on first-pass tags from {options.StackFolds} folds:"));
        var stacked = examples.Select((example, index) => example with
        {
            Features = new FirstPassFeatures(example.Reading.Extractor, firstPassTags[index], tags.Labels.Length).Append(example.Features),
        }).ToList();
        var second = TrainModel(stacked, tags, options, log);
        return new EntityTagger(first, second);
    }

    private static EntityTaggerModel TrainModel(List<TrainingExample> examples, TagSet tags, EntityTaggerTrainingOptions options, TextWriter? log)
    {
        var index = IndexFeatures(examples.Select(example => example.Features), options.MinFeatureCount);
        log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"features kept (seen {options.MinFeatureCount}+ times): {index.Count}"));
        var weights = new AveragedWeights(index.Count, tags.Count);
        var order = examples.SelectMany((example, e) => example.Sequences.Select(sequence => (Example: e, sequence.From, sequence.To))).ToArray();
        var random = new Random(options.Seed);
        var predicted = new int[examples.Max(example => example.Gold.Length)];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            var tokenCount = 0;
            foreach (var (e, from, to) in order)
            {
                var features = examples[e].Features;
                var gold = examples[e].Gold;
                weights.Decode(features, index, from, to, predicted);
                var goldPart = gold.AsSpan(from, to - from);
                var predictedPart = predicted.AsSpan(0, to - from);
                tokenCount += to - from;
                if (!goldPart.SequenceEqual(predictedPart))
                {
                    for (var i = 0; i < goldPart.Length; i++)
                    {
                        errors += goldPart[i] != predictedPart[i] ? 1 : 0;
                    }

                    weights.Update(features, index, from, goldPart, predictedPart);
                }

                weights.Tick();
            }

            log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: {errors} token errors of {tokenCount}"));
        }

        return weights.ToModel(tags, index);
    }

    private static FrozenDictionary<ulong, int> IndexFeatures(IEnumerable<TokenFeatures> documents, int minCount)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var features in documents)
        {
            foreach (var hash in features.Hashes)
            {
                counts[hash] = counts.GetValueOrDefault(hash) + 1;
            }
        }

        var index = new Dictionary<ulong, int>();
        foreach (var (hash, count) in counts.OrderBy(pair => pair.Key))
        {
            if (count >= minCount)
            {
                index.Add(hash, index.Count);
            }
        }

        return index.ToFrozenDictionary();
    }
}
