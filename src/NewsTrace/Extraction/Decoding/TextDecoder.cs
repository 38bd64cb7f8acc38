using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace NewsTrace.Extraction.Decoding;

/// <summary>
/// Turns the bytes of a page or text file into a string, choosing the encoding as a browser would where the input
/// says what it is (byte-order mark, the container's charset, the page's meta charset) and by evidence where it
/// does not (valid UTF-8, else a Western or Russian single-byte encoding). Invalid bytes become U+FFFD; only
/// binary content is refused.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static TextDecoder()
    {
        // Windows-125x and KOI8-R live in the in-box code-pages provider, which must be registered before use.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Makes the legacy code pages available (idempotent; decoding does it too).</summary>
    public static void EnsureCodePages()
    {
        // Touching the type runs the static constructor once; there is nothing else to do.
    }

    /// <param name="content">The raw bytes.</param>
    /// <param name="declaredCharset">A charset from the container (HTTP or WARC header), or null.</param>
    /// <param name="isHtml">Look for a meta charset in the first 4 KB.</param>
    /// <param name="isDecodedText">The bytes are UTF-8 from a JSON string: no sniffing.</param>
    /// <exception cref="ExtractionException">The bytes are binary, not text.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> content, string? declaredCharset = null, bool isHtml = false, bool isDecodedText = false)
    {
        var warnings = ImmutableArray.CreateBuilder<string>();
        if (isDecodedText)
        {
            return DecodeUtf8(StripUtf8Bom(content), warnings);
        }

        if (ByteOrderMark.Detect(content) is var (bomEncoding, bomLength))
        {
            return Finish(bomEncoding.GetString(content[bomLength..]), bomEncoding, warnings);
        }

        var sniff = BinarySniff.Measure(content);
        if (sniff.Utf16BigEndian is { } bigEndian)
        {
            var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: false);
            warnings.Add($"no byte-order mark; detected {CharsetLabels.NameOf(utf16)} from the pattern of NUL bytes");
            return Finish(utf16.GetString(content), utf16, warnings);
        }

        if (sniff.IsBinary)
        {
            throw new ExtractionException(sniff.NulBytes > 0
                ? string.Create(CultureInfo.InvariantCulture, $"binary content, not text ({sniff.NulBytes} NUL bytes in the first {FormatSize(sniff.SampleLength)})")
                : string.Create(CultureInfo.InvariantCulture, $"binary content, not text ({sniff.ControlBytes} control bytes in the first {FormatSize(sniff.SampleLength)})"));
        }

        if (TryDeclared(content, declaredCharset, "the container", warnings) is { } fromContainer)
        {
            return fromContainer;
        }

        if (isHtml && TryDeclared(content, HtmlCharsetPrescan.FindDeclaredCharset(content), "the page's meta tag", warnings) is { } fromMeta)
        {
            return fromMeta;
        }

        return Detect(content, warnings);
    }

    private static DecodedText? TryDeclared(ReadOnlySpan<byte> content, string? label, string origin, ImmutableArray<string>.Builder warnings)
    {
        var encoding = CharsetLabels.Resolve(label);
        if (encoding is null)
        {
            if (!string.IsNullOrWhiteSpace(label))
            {
                warnings.Add($"unknown charset \"{label.Trim()}\" declared by {origin}; ignored");
            }

            return null;
        }

        // No NUL pattern was seen, so a UTF-16 or UTF-32 label is wrong; the HTML spec reads such meta tags as UTF-8.
        if (CharsetLabels.IsUtf16(encoding) || encoding.CodePage is 12000 or 12001)
        {
            encoding = Utf8;
        }

        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            var validation = Utf8Validation.Measure(content);
            if (!validation.IsValid && !validation.IsMostlyValid)
            {
                warnings.Add($"{origin} declares utf-8 but the content is not UTF-8 ({validation.InvalidSequences} invalid sequences); declaration ignored");
                return null;
            }

            return DecodeUtf8(content, warnings, validation);
        }

        if (CharsetLabels.IsSingleByte(encoding))
        {
            // A single-byte label on bytes that are well-formed UTF-8 with real multi-byte characters is a mislabelled UTF-8 page.
            var validation = Utf8Validation.Measure(content);
            if (validation.IsValid && validation.MultiByteSequences > 0)
            {
                warnings.Add($"{origin} declares {CharsetLabels.NameOf(encoding)} but the content is valid UTF-8; decoded as utf-8");
                return DecodeUtf8(content, warnings, validation);
            }
        }

        return Finish(encoding.GetString(content), encoding, warnings);
    }

    private static DecodedText Detect(ReadOnlySpan<byte> content, ImmutableArray<string>.Builder warnings)
    {
        var validation = Utf8Validation.Measure(content);
        if (validation.IsValid || validation.IsMostlyValid)
        {
            return DecodeUtf8(content, warnings, validation);
        }

        var codePage = SingleByteEncodingGuesser.Guess(content);
        var encoding = Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        warnings.Add($"no charset declared and not UTF-8; guessed {CharsetLabels.NameOf(encoding)}");
        return Finish(encoding.GetString(content), encoding, warnings);
    }

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> content, ImmutableArray<string>.Builder warnings, Utf8Validation? known = null)
    {
        var validation = known ?? Utf8Validation.Measure(content);
        if (!validation.IsValid)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{validation.InvalidSequences} invalid UTF-8 byte sequences replaced (first at byte offset {validation.FirstInvalidOffset})"));
        }

        return Finish(Utf8.GetString(content), Utf8, warnings);
    }

    private static ReadOnlySpan<byte> StripUtf8Bom(ReadOnlySpan<byte> content)
        => content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content;

    private static DecodedText Finish(string text, Encoding encoding, ImmutableArray<string>.Builder warnings)
        => new(text, CharsetLabels.NameOf(encoding), warnings.ToImmutable());

    private static string FormatSize(int bytes)
        => bytes >= 1024 && bytes % 1024 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
