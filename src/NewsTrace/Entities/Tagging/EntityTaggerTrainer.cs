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
        var examples = new List<(TokenFeatures Features, int[] Gold, List<(int From, int To)> Sequences)>();
        var misaligned = 0;
        var names = 0;
        foreach (var document in documents)
        {
            var tokens = Tokenizer.Tokenize(document.Text);
            var reading = new RuleReading(document.Text, tokens, SentenceSplitter.Split(document.Text, tokens.AsSpan()));
            var (gold, badEdges) = BioCodec.Encode(tokens, document.Names, tags);
            misaligned += badEdges;
            names += document.Names.Length;
            examples.Add((reading.Extractor.Extract(), gold, reading.Sequences().ToList()));
        }

        log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents: {examples.Count}, names: {names}, names not on token edges: {misaligned}"));
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
                var (features, gold, _) = examples[e];
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

        return new EntityTagger(weights.ToModel(tags, index));
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
