namespace NewsTrace.Extraction.Decoding;

/// <summary>What the first 8 KB of an input say about whether it is text at all.</summary>
/// <param name="NulBytes">NUL bytes in the sample.</param>
/// <param name="ControlBytes">C0 control bytes other than tab, line feed, form feed and carriage return (NUL excluded).</param>
/// <param name="Utf16BigEndian">Null unless the NULs alternate like ASCII-range UTF-16; then whether it is big-endian.</param>
internal readonly record struct BinarySniff(int SampleLength, int NulBytes, int ControlBytes, bool? Utf16BigEndian)
{
    public const int SampleBytes = 8192;

    public bool IsUtf16WithoutBom => Utf16BigEndian is not null;

    /// <summary>
    /// Binary: NULs that are not UTF-16 (a stray NUL or two in a long text file is tolerated) or a high share of control bytes.
    /// </summary>
    public bool IsBinary
        => !IsUtf16WithoutBom
        && ((NulBytes > 0 && (NulBytes >= 16 || NulBytes * 1000L >= SampleLength)) || ControlBytes * 10L > SampleLength);

    public static BinarySniff Measure(ReadOnlySpan<byte> content)
    {
        var sample = content[..Math.Min(content.Length, SampleBytes)];
        var nul = 0;
        var nulAtEven = 0;
        var control = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            var b = sample[i];
            if (b == 0)
            {
                nul++;
                if ((i & 1) == 0)
                {
                    nulAtEven++;
                }
            }
            else if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D))
            {
                control++;
            }
        }

        return new BinarySniff(sample.Length, nul, control, Utf16Shape(sample.Length, nul, nulAtEven));
    }

    // ASCII-range UTF-16 has a NUL in (nearly) every other byte, all on the same side: even offsets for big-endian.
    private static bool? Utf16Shape(int length, int nul, int nulAtEven)
    {
        var pairs = length / 2;
        if (pairs < 2)
        {
            return null;
        }

        var nulAtOdd = nul - nulAtEven;
        if (nulAtEven * 10 >= pairs * 3 && nulAtOdd * 50 <= pairs)
        {
            return true;
        }

        if (nulAtOdd * 10 >= pairs * 3 && nulAtEven * 50 <= pairs)
        {
            return false;
        }

        return null;
    }
}
