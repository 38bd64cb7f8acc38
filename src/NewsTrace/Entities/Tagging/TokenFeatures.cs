namespace NewsTrace.Entities.Tagging;

/// <summary>The features of a document's tokens, flat: token i has <c>Hashes[Offsets[i]..Offsets[i + 1]]</c>.</summary>
internal sealed class TokenFeatures(ulong[] hashes, int[] offsets)
{
    public ulong[] Hashes { get; } = hashes;

    public int[] Offsets { get; } = offsets;

    public int TokenCount => Offsets.Length - 1;

    public ReadOnlySpan<ulong> Of(int token) => Hashes.AsSpan(Offsets[token], Offsets[token + 1] - Offsets[token]);
}
