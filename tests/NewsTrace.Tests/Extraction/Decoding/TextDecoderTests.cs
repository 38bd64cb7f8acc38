using System.Text;
using NewsTrace.Extraction;
using NewsTrace.Extraction.Decoding;

namespace NewsTrace.Tests.Extraction.Decoding;

public class TextDecoderTests
{
    // Russian prose of our own, long enough for letter statistics.
    private const string Russian = "Вчера вечером в городе прошёл сильный дождь, и многие улицы оказались под водой. "
        + "Жители говорят, что такого не было уже несколько лет, а городские службы работали всю ночь.";

    static TextDecoderTests() => TextDecoder.EnsureCodePages();

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16be")]
    [InlineData("utf-32")]
    public void Byte_order_mark_decides(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Grüße – ok")).ToArray();

        var decoded = TextDecoder.Decode(bytes, declaredCharset: "windows-1251");

        Assert.Equal("Grüße – ok", decoded.Text);
        Assert.Equal(encoding.WebName, decoded.EncodingName, ignoreCase: true);
    }

    [Fact]
    public void Declared_charset_is_used()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes(Russian);
        var decoded = TextDecoder.Decode(bytes, declaredCharset: "\"CP1251\"");
        Assert.Equal(Russian, decoded.Text);
        Assert.Equal("windows-1251", decoded.EncodingName);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void Meta_charset_in_the_page_is_used()
    {
        var page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>" + Russian + "</p></body></html>";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(1251).GetBytes(page), isHtml: true);
        Assert.Equal(page, decoded.Text);
        Assert.Equal("windows-1251", decoded.EncodingName);
    }

    [Fact]
    public void Meta_charset_short_form_is_used()
    {
        var page = "<meta charset='koi8-r'><p>" + Russian + "</p>";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("koi8-r").GetBytes(page), isHtml: true);
        Assert.Equal(page, decoded.Text);
    }

    [Theory]
    [InlineData(1251, "windows-1251")]
    [InlineData(20866, "koi8-r")]
    public void Unlabelled_russian_bytes_are_recognised(int codePage, string expected)
    {
        var bytes = Encoding.GetEncoding(codePage).GetBytes("<p>" + Russian + "</p>");

        var decoded = TextDecoder.Decode(bytes, isHtml: true);

        Assert.Equal(expected, decoded.EncodingName);
        Assert.Equal("<p>" + Russian + "</p>", decoded.Text);
        Assert.Contains(decoded.Warnings, w => w.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Unlabelled_western_bytes_are_windows_1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("Un café au lait – “très” bon, à côté de l’église.");

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("windows-1252", decoded.EncodingName);
        Assert.Equal("Un café au lait – “très” bon, à côté de l’église.", decoded.Text);
    }

    [Fact]
    public void Latin1_label_means_windows_1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("“quoted”");
        Assert.Equal("“quoted”", TextDecoder.Decode(bytes, declaredCharset: "ISO-8859-1").Text);
    }

    [Fact]
    public void Ascii_is_utf8_without_warnings()
    {
        var decoded = TextDecoder.Decode("plain ascii"u8);
        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void Mostly_valid_utf8_has_invalid_bytes_replaced_with_a_warning()
    {
        var good = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("naïve café – ", 10)));
        var bytes = good.Take(17).Append((byte)0xFF).Concat(good.Skip(17)).Append((byte)0xC3).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Equal(2, decoded.Text.Count(c => c == '\uFFFD'));
        Assert.Equal(["2 invalid UTF-8 byte sequences replaced (first at byte offset 17)"], decoded.Warnings.ToArray());
    }

    [Fact]
    public void Utf8_declared_on_windows_1252_bytes_is_overruled()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("Déjà vu");
        var decoded = TextDecoder.Decode(bytes, declaredCharset: "utf-8");
        Assert.Equal("Déjà vu", decoded.Text);
        Assert.Equal("windows-1252", decoded.EncodingName);
    }

    [Fact]
    public void Binary_content_is_rejected()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

        var error = Assert.Throws<ExtractionException>(() => TextDecoder.Decode(png));

        Assert.Equal("binary content, not text (6 NUL bytes in the first 20 bytes)", error.Message);
    }

    [Fact]
    public void Control_heavy_content_is_rejected()
    {
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        Assert.Throws<ExtractionException>(() => TextDecoder.Decode(bytes));
    }

    [Theory]
    [InlineData(false, "utf-16")]
    [InlineData(true, "utf-16be")]
    public void Utf16_without_bom_is_detected(bool bigEndian, string expected)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes("<p>Hello, world – again</p>");

        var decoded = TextDecoder.Decode(bytes, isHtml: true);

        Assert.Equal("<p>Hello, world – again</p>", decoded.Text);
        Assert.Equal(expected, decoded.EncodingName);
    }

    [Fact]
    public void Decoded_text_input_is_read_as_utf8_without_sniffing()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("<meta charset=koi8-r>é"), isHtml: true, isDecodedText: true);
        Assert.Equal("<meta charset=koi8-r>é", decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("no-such-charset")]
    public void Unusable_labels_are_ignored_with_a_warning(string label)
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("naïve"), declaredCharset: label);
        Assert.Equal("naïve", decoded.Text);
        Assert.Equal([$"unknown charset \"{label}\" declared by the container; ignored"], decoded.Warnings.ToArray());
    }

    [Fact]
    public void A_whole_content_type_is_accepted_as_a_label()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes(Russian);
        Assert.Equal(Russian, TextDecoder.Decode(bytes, declaredCharset: "text/html; charset=windows-1251").Text);
    }

    [Fact]
    public void Valid_utf8_under_a_single_byte_label_is_utf8()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("Ελληνικά"), declaredCharset: "iso-8859-7");
        Assert.Equal("Ελληνικά", decoded.Text);
        Assert.Single(decoded.Warnings);
    }
}
