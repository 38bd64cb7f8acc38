using System.Buffers;
using System.Text;

namespace NewsTrace.Extraction.Decoding;

/// <summary>How well a byte sequence reads as UTF-8.</summary>
/// <param name="InvalidSequences">Ill-formed sequences (each becomes one U+FFFD when decoded).</param>
/// <param name="MultiByteSequences">Well-formed sequences of two or more bytes.</param>
/// <param name="FirstInvalidOffset">Byte offset of the first ill-formed sequence, or -1.</param>
internal readonly record struct Utf8Validation(int InvalidSequences, int MultiByteSequences, int FirstInvalidOffset)
{
    public bool IsValid => InvalidSequences == 0;

    /// <summary>Mostly UTF-8: many well-formed multi-byte sequences and only a few broken ones, as in a page with a damaged byte or two.</summary>
    public bool IsMostlyValid => MultiByteSequences >= 8 && InvalidSequences * 10 <= MultiByteSequences;

    public static Utf8Validation Measure(ReadOnlySpan<byte> bytes)
    {
        var invalid = 0;
        var multiByte = 0;
        var firstInvalid = -1;
        var position = 0;
        while (position < bytes.Length)
        {
            // Skip ASCII quickly: it is valid UTF-8 and by far the most common case in markup.
            var ascii = bytes[position..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }

            position += ascii;
            var status = Rune.DecodeFromUtf8(bytes[position..], out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                multiByte++;
            }
            else
            {
                invalid++;
                if (firstInvalid < 0)
                {
                    firstInvalid = position;
                }
            }

            position += Math.Max(1, consumed);
        }

        return new Utf8Validation(invalid, multiByte, firstInvalid);
    }
}
