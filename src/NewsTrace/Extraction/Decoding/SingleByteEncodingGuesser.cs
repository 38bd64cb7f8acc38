using System.Text;

namespace NewsTrace.Extraction.Decoding;

/// <summary>
/// Guesses the single-byte encoding of text that is not UTF-8 and declares nothing: Windows-1252 (Western),
/// Windows-1251 or KOI8-R (Russian). Cyrillic text is recognised by its shape (runs of high bytes, where Western
/// text has lone accented letters between ASCII ones); the two Cyrillic readings are then told apart by how
/// Russian-like their letter frequencies and case pattern are.
/// </summary>
internal static class SingleByteEncodingGuesser
{
    public const int Windows1252 = 1252;
    public const int Windows1251 = 1251;
    public const int Koi8R = 20866;

    // Relative frequency (per cent) of а..я in Russian prose; index 32 is ё.
    private static readonly double[] RussianFrequency =
    [
        8.01, 1.59, 4.54, 1.70, 2.98, 8.45, 0.94, 1.65, 7.35, 1.21, 3.49, 4.40, 3.21, 6.70, 10.97, 2.81,
        4.73, 5.47, 6.26, 2.62, 0.26, 0.97, 0.48, 1.44, 0.73, 0.36, 0.04, 1.90, 1.74, 0.32, 0.64, 2.01,
        0.04,
    ];

    private static readonly char[] Windows1251High = HighHalf(Windows1251);
    private static readonly char[] Koi8RHigh = HighHalf(Koi8R);

    /// <summary>The code page to decode with.</summary>
    public static int Guess(ReadOnlySpan<byte> bytes)
    {
        if (!LooksCyrillic(bytes))
        {
            return Windows1252;
        }

        return Score(bytes, Koi8RHigh) > Score(bytes, Windows1251High) ? Koi8R : Windows1251;
    }

    // In both Cyrillic readings 0xC0-0xFF are letters, so Russian words are runs of such bytes; in Western text
    // a high byte is an accented letter or a symbol that sits next to ASCII letters.
    private static bool LooksCyrillic(ReadOnlySpan<byte> bytes)
    {
        var highNextToHigh = 0;
        var highNextToAscii = 0;
        for (var i = 1; i < bytes.Length; i++)
        {
            var previous = bytes[i - 1];
            var current = bytes[i];
            if (previous >= 0xC0 && current >= 0xC0)
            {
                highNextToHigh++;
            }
            else if ((previous >= 0x80 && IsAsciiLetter(current)) || (current >= 0x80 && IsAsciiLetter(previous)))
            {
                highNextToAscii++;
            }
        }

        return highNextToHigh >= 4 && highNextToHigh > 2 * highNextToAscii;
    }

    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static double Score(ReadOnlySpan<byte> bytes, char[] highHalf)
    {
        var score = 0.0;
        foreach (var b in bytes)
        {
            if (b < 0x80)
            {
                continue;
            }

            var c = highHalf[b - 0x80];
            var lower = char.ToLowerInvariant(c);
            var index = lower == 'ё' ? 32 : lower - 'а';
            if (index is < 0 or > 32)
            {
                continue;
            }

            // Running text is mostly lower case; the wrong reading turns it into capitals, which this penalises.
            score += c == lower ? RussianFrequency[index] : RussianFrequency[index] * 0.1;
        }

        return score;
    }

    private static char[] HighHalf(int codePage)
    {
        TextDecoder.EnsureCodePages();
        var bytes = new byte[128];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(0x80 + i);
        }

        return Encoding.GetEncoding(codePage).GetChars(bytes);
    }
}
