using System.Collections.Frozen;
using System.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// The tagger's file format, little-endian: "NTEM", version, the labels, the transition weights as floats, then each
/// feature (sorted by hash, so the same model always gives the same bytes) as its 64-bit hash and its non-zero tag weights,
/// quantised to 16 bits against one scale. Quantising loses nothing that changes a decision in practice and halves the file.
/// </summary>
internal static class EntityModelFile
{
    private const int Version = 2;
    private static readonly byte[] Magic = "NTEM"u8.ToArray();

    public static void Write(EntityTaggerModel model, Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(model.Tags.Labels.Length);
        foreach (var label in model.Tags.Labels)
        {
            writer.Write(label);
        }

        foreach (var weight in model.Transitions)
        {
            writer.Write(weight);
        }

        var tagCount = model.Tags.Count;
        var weights = model.Weights;
        var largest = 0f;
        foreach (var weight in weights)
        {
            largest = Math.Max(largest, Math.Abs(weight));
        }

        var scale = largest == 0 ? 1f : largest / short.MaxValue;
        writer.Write(scale);
        var features = model.Rows.OrderBy(pair => pair.Key).ToList();
        writer.Write(features.Count);
        Span<short> quantised = stackalloc short[tagCount];
        foreach (var (hash, row) in features)
        {
            var nonZero = 0;
            for (var t = 0; t < tagCount; t++)
            {
                quantised[t] = (short)Math.Round(weights[(row * tagCount) + t] / scale);
                nonZero += quantised[t] != 0 ? 1 : 0;
            }

            writer.Write(hash);
            writer.Write((byte)nonZero);
            for (var t = 0; t < tagCount; t++)
            {
                if (quantised[t] != 0)
                {
                    writer.Write((byte)t);
                    writer.Write(quantised[t]);
                }
            }
        }
    }

    public static EntityTaggerModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("not a NewsTrace entity model of this version (2; version 1 hashed its features differently)");
        }

        var labels = new string[reader.ReadInt32()];
        for (var k = 0; k < labels.Length; k++)
        {
            labels[k] = reader.ReadString();
        }

        var tags = new TagSet(labels);
        var transitions = new float[(tags.Count + 1) * tags.Count];
        for (var k = 0; k < transitions.Length; k++)
        {
            transitions[k] = reader.ReadSingle();
        }

        var scale = reader.ReadSingle();
        var featureCount = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(featureCount);
        var weights = new float[featureCount * tags.Count];
        for (var row = 0; row < featureCount; row++)
        {
            rows.Add(reader.ReadUInt64(), row);
            int nonZero = reader.ReadByte();
            for (var k = 0; k < nonZero; k++)
            {
                int tag = reader.ReadByte();
                if (tag >= tags.Count)
                {
                    throw new InvalidDataException("tag index out of range in the entity model");
                }

                weights[(row * tags.Count) + tag] = reader.ReadInt16() * scale;
            }
        }

        return new EntityTaggerModel(tags, rows.ToFrozenDictionary(), weights, transitions);
    }
}
