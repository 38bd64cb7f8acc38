using System.Buffers.Binary;
using System.Collections.Immutable;

namespace NewsTrace.Storage.Sqlite;

/// <summary>
/// An article's LSH band keys in one blob: 8 bytes per band in band order, big-endian (the byte order migration 0011
/// produced from the old rows with <c>printf('%016X')</c>).
/// </summary>
internal static class BandKeyBlob
{
    public static byte[] Encode(ReadOnlySpan<ulong> keys)
    {
        var blob = new byte[keys.Length * sizeof(ulong)];
        for (var index = 0; index < keys.Length; index++)
        {
            BinaryPrimitives.WriteUInt64BigEndian(blob.AsSpan(index * sizeof(ulong)), keys[index]);
        }

        return blob;
    }

    public static ImmutableArray<ulong> Decode(ReadOnlySpan<byte> blob)
    {
        if (blob.Length % sizeof(ulong) != 0)
        {
            throw new InvalidDataException($"A band-key blob of {blob.Length} bytes is not a whole number of 8-byte keys.");
        }

        var keys = ImmutableArray.CreateBuilder<ulong>(blob.Length / sizeof(ulong));
        for (var offset = 0; offset < blob.Length; offset += sizeof(ulong))
        {
            keys.Add(BinaryPrimitives.ReadUInt64BigEndian(blob[offset..]));
        }

        return keys.MoveToImmutable();
    }
}
