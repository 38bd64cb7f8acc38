namespace NewsTrace.Reuse.Dedup;

/// <summary>
/// Fixed-length signatures stored back to back in chunks, so a million of them never need one huge array or a copy on growth.
/// </summary>
internal sealed class SignatureArena(int signatureLength)
{
    private const int SignaturesPerChunk = 4096;

    private readonly List<uint[]> _chunks = [];

    public int Count { get; private set; }

    public int Add(ReadOnlySpan<uint> signature)
    {
        var index = Count;
        var offset = index % SignaturesPerChunk;
        if (offset == 0)
        {
            _chunks.Add(new uint[SignaturesPerChunk * signatureLength]);
        }

        signature.CopyTo(_chunks[^1].AsSpan(offset * signatureLength, signatureLength));
        Count = index + 1;
        return index;
    }

    public ReadOnlySpan<uint> this[int index]
        => _chunks[index / SignaturesPerChunk].AsSpan(index % SignaturesPerChunk * signatureLength, signatureLength);
}
