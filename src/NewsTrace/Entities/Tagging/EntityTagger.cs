using System.Buffers.Text;
using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// A statistical named-entity tagger: a linear-chain averaged perceptron over BIO tags with Viterbi decoding, whose features
/// include the rule-based recogniser's reading of each token. <see cref="Default"/> is the model shipped in the assembly,
/// trained on the GUM train split with <c>newstrace train entities</c>; <see cref="EntityTaggerTrainer"/> trains others.
/// </summary>
public sealed class EntityTagger
{
    private static readonly Lazy<EntityTagger> Shipped = new(LoadShipped);

    internal EntityTagger(EntityTaggerModel model, EntityTaggerModel? secondPass = null)
    {
        if (secondPass is not null && !secondPass.Tags.Labels.SequenceEqual(model.Tags.Labels, StringComparer.Ordinal))
        {
            throw new ArgumentException("the two passes must use the same labels", nameof(secondPass));
        }

        Model = model;
        SecondPass = secondPass;
    }

    /// <summary>The model shipped with NewsTrace (<c>EntityModelResource</c>), loaded on first use.</summary>
    public static EntityTagger Default => Shipped.Value;

    /// <summary>The labels the tagger assigns (PER, ORG, LOC, NORP for the shipped model).</summary>
    public ImmutableArray<string> Labels => Model.Tags.Labels;

    /// <summary>The number of features with weights, a measure of the model's size.</summary>
    public int FeatureCount => Model.FeatureCount + (SecondPass?.FeatureCount ?? 0);

    internal EntityTaggerModel Model { get; }

    /// <summary>
    /// The second pass of a two-pass tagger, which reads the first pass's tags of the whole document as features
    /// (<see cref="FirstPassFeatures"/>); null for a one-pass tagger.
    /// </summary>
    internal EntityTaggerModel? SecondPass { get; }

    /// <summary>Reads a model written by <see cref="Save"/>: one model, or two for a two-pass tagger.</summary>
    public static EntityTagger Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var first = EntityModelFile.Read(stream);
        var second = stream.CanSeek && stream.Position < stream.Length ? EntityModelFile.Read(stream) : null;
        return new EntityTagger(first, second);
    }

    /// <summary>Writes the model (the second pass's right after the first's); the same model always gives the same bytes.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        EntityModelFile.Write(Model, stream);
        if (SecondPass is not null)
        {
            EntityModelFile.Write(SecondPass, stream);
        }
    }

    /// <summary>The names the tagger alone finds in a tokenised text, with its labels (no rule merging, no linking).</summary>
    public ImmutableArray<LabelledSpan> Tag(string text, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reading = new RuleReading(text, tokens, sentences);
        return [.. Tag(reading).Select(span => new LabelledSpan(tokens[span.First].Start, tokens[span.Last].End, Labels[span.Label]))];
    }

    internal List<TokenSpan> Tag(RuleReading reading)
    {
        var buffers = DecodeBuffers.Rent(Model.Tags.Count);
        try
        {
            var tags = DecodeDocument(Model, reading, buffers, null);
            if (SecondPass is not null)
            {
                tags = DecodeDocument(SecondPass, reading, buffers, new FirstPassFeatures(reading.Extractor, tags, Labels.Length));
            }

            return BioCodec.Decode(tags);
        }
        finally
        {
            DecodeBuffers.Return(buffers);
        }
    }

    /// <summary>The tags <paramref name="model"/> gives every token of the document, sentence by sentence.</summary>
    internal static int[] DecodeDocument(EntityTaggerModel model, RuleReading reading, DecodeBuffers buffers, FirstPassFeatures? firstPass)
    {
        var tags = new int[reading.SentenceStarts.Count];
        foreach (var (from, to) in reading.Sequences())
        {
            model.Decode(reading.Extractor, buffers, from, to, tags.AsSpan(from, to - from), firstPass);
        }

        return tags;
    }

    private static EntityTagger LoadShipped()
    {
        var encoded = EntityModelResource.Base64;
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(encoded.Length)];
        if (encoded.IsEmpty || Base64.DecodeFromUtf8(encoded, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            throw new InvalidOperationException("the shipped entity model is missing or damaged; run 'newstrace train entities' to rebuild it");
        }

        using var stream = new MemoryStream(bytes, 0, written, writable: false);
        return Load(stream);
    }
}
