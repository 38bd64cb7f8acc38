namespace NewsTrace.Reuse.Dedup;

/// <summary>
/// Signatures kept for verification, stored back to back in chunks so a million of them never need one huge array or a copy
/// on growth. Only the low 16 bits of each value are kept: two unequal values then agree by chance with probability 1/65,536,
/// which raises a Jaccard estimate by at most 0.00002, and the memory per record halves.
/// </summary>
internal sealed class SignatureArena(int signatureLength)
{
    private const int SignaturesPerChunk = 4096;

    private readonly List<ushort[]> _chunks = [];

    public int Count { get; private set; }

    public int Add(ReadOnlySpan<uint> signature)
    {
        var index = Count;
        var offset = index % SignaturesPerChunk;
        if (offset == 0)
        {
            _chunks.Add(new ushort[SignaturesPerChunk * signatureLength]);
        }

        var destination = _chunks[^1].AsSpan(offset * signatureLength, signatureLength);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = (ushort)signature[i];
        }

        Count = index + 1;
        return index;
    }

    /// <summary>How many positions of stored signature <paramref name="index"/> agree with <paramref name="signature"/> (in their low 16 bits).</summary>
    public int CountEqual(int index, ReadOnlySpan<uint> signature)
    {
        var stored = _chunks[index / SignaturesPerChunk].AsSpan(index % SignaturesPerChunk * signatureLength, signatureLength);
        var equal = 0;
        for (var i = 0; i < stored.Length; i++)
        {
            if (stored[i] == (ushort)signature[i])
            {
                equal++;
            }
        }

        return equal;
    }
}
