using System.Text;
using NewsTrace.Extraction;
using NewsTrace.Ingest;

namespace NewsTrace.Tests.Fakes;

/// <summary>Treats content as UTF-8 text; throws the documented exception for content starting with "!".</summary>
internal sealed class Utf8TextExtractor : IArticleExtractor
{
    public Article Extract(RawInput input)
    {
        var text = Encoding.UTF8.GetString(input.Content.Span);
        if (text.StartsWith('!'))
        {
            throw new ExtractionException("binary content, not text");
        }

        if (text.StartsWith('?'))
        {
            throw new InvalidOperationException("extractor bug");
        }

        return new Article(text, input.Metadata with { Source = input.Source });
    }
}
