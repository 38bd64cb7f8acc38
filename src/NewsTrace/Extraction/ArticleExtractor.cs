using System.Globalization;
using NewsTrace.Extraction.Decoding;
using NewsTrace.Ingest;

namespace NewsTrace.Extraction;

/// <summary>
/// The article extractor: decodes the bytes (see <see cref="TextDecoder"/>) and hands pages to
/// <see cref="SimpleHtmlExtractor"/> and text to <see cref="PlainTextExtractor"/>. Stateless and thread-safe.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    public Article Extract(RawInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var isHtml = input.Format == InputFormat.Html;
        var decoded = TextDecoder.Decode(input.Content.Span, input.DeclaredCharset, isHtml, input.IsDecodedText);

        var article = input.Format switch
        {
            InputFormat.Html => SimpleHtmlExtractor.Extract(decoded.Text, input.Metadata, input.Source),
            InputFormat.Text or InputFormat.Plain => PlainTextExtractor.Extract(decoded.Text, input.Format, input.Metadata, input.Source),
            _ => throw new ExtractionException($"cannot extract an article from format {input.Format}; expected Html, Text or Plain"),
        };

        if (article.Text.Length == 0)
        {
            throw new ExtractionException(isHtml
                ? string.Create(CultureInfo.InvariantCulture, $"no article text found (page has {input.Content.Length} bytes of markup)")
                : "no article text found (the input is empty)");
        }

        if (string.IsNullOrWhiteSpace(article.Text))
        {
            throw new ExtractionException(string.Create(CultureInfo.InvariantCulture, $"no article text found (the input is {article.Text.Length} characters of whitespace)"));
        }

        return article with { Warnings = [.. input.Warnings, .. decoded.Warnings, .. article.Warnings] };
    }
}
