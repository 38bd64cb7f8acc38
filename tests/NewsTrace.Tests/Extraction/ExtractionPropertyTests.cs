using System.Text;
using FsCheck.Xunit;
using NewsTrace.Extraction;
using NewsTrace.Extraction.Decoding;
using NewsTrace.Extraction.Html;
using NewsTrace.Ingest;

namespace NewsTrace.Tests.Extraction;

public class ExtractionPropertyTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Property(Arbitrary = [typeof(HtmlishStrings)], MaxTest = 500)]
    public bool Tokenizer_moves_forward_and_covers_the_input(string html)
    {
        var tokenizer = new HtmlTokenizer(html);
        var previousEnd = 0;
        while (tokenizer.Read())
        {
            if (tokenizer.TokenStart != previousEnd || tokenizer.TokenEnd <= tokenizer.TokenStart)
            {
                return false;
            }

            previousEnd = tokenizer.TokenEnd;
            _ = tokenizer.GetAttribute("class");
            _ = tokenizer.Kind is HtmlTokenKind.Text or HtmlTokenKind.CData ? tokenizer.GetText() : "";
        }

        return previousEnd == html.Length;
    }

    [Property(Arbitrary = [typeof(HtmlishStrings)], MaxTest = 500)]
    public void Extractor_throws_only_extraction_exceptions_on_html(string html)
    {
        foreach (var format in (InputFormat[])[InputFormat.Html, InputFormat.Text, InputFormat.Plain])
        {
            ExtractOrReject(Inputs.Bytes(Encoding.UTF8.GetBytes(html), format));
        }
    }

    [Property(MaxTest = 300)]
    public void Extractor_throws_only_extraction_exceptions_on_any_string(string? text)
    {
        var bytes = Encoding.UTF8.GetBytes(text ?? "");
        ExtractOrReject(Inputs.Bytes(bytes, InputFormat.Html));
        ExtractOrReject(Inputs.Bytes(bytes, InputFormat.Text));
    }

    [Property(MaxTest = 300)]
    public void Decoder_never_throws_anything_else_on_any_bytes(byte[] bytes)
    {
        try
        {
            var decoded = TextDecoder.Decode(bytes, isHtml: true);
            Assert.NotNull(decoded.Text);
        }
        catch (ExtractionException)
        {
        }

        ExtractOrReject(Inputs.Bytes(bytes, InputFormat.Html));
    }

    private static void ExtractOrReject(RawInput input)
    {
        try
        {
            var article = Extractor.Extract(input);
            Assert.False(string.IsNullOrWhiteSpace(article.Text));
        }
        catch (ExtractionException)
        {
        }
    }
}
