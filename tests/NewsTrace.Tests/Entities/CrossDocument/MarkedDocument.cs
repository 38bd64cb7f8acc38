using System.Collections.Immutable;
using System.Text;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Pipeline;
using NewsTrace.Quotes;

namespace NewsTrace.Tests.Entities.CrossDocument;

/// <summary>
/// Builds an analysed document from marked-up text, so a test shows its mentions where they stand:
/// "[Sergey Lavrov|PERSON] met [Kim|PERSON|Kim Jong Un] in [Pyongyang|GPE]." gives the text without brackets and one
/// entity mention per bracket (surface, type, and the document layer's canonical when given).
/// </summary>
internal static class MarkedDocument
{
    public static Document Create(string id, string marked, ArticleMetadata? metadata = null, params Quotation[] quotes)
    {
        var text = new StringBuilder();
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        var position = 0;
        while (position < marked.Length)
        {
            var open = marked.IndexOf('[', position);
            if (open < 0)
            {
                text.Append(marked, position, marked.Length - position);
                break;
            }

            text.Append(marked, position, open - position);
            var close = marked.IndexOf(']', open);
            var fields = marked[(open + 1)..close].Split('|');
            var start = text.Length;
            text.Append(fields[0]);
            mentions.Add(new EntityMention(new TextSpan(start, text.Length), fields[1], fields.Length > 2 ? fields[2] : fields[0]));
            position = close + 1;
        }

        return new Document(id, text.ToString(), metadata ?? ArticleMetadata.Empty with { Source = id + ".txt" })
            .WithLayer(Layers.Entities, mentions.ToImmutable())
            .WithLayer(Layers.Quotes, [.. quotes]);
    }

    /// <summary>A quotation whose speaker is written <paramref name="speakerAsWritten"/> in <paramref name="text"/> and resolved to <paramref name="speaker"/>.</summary>
    public static Quotation Quote(string text, string quoted, string speakerAsWritten, string speaker, string kind = QuoteKinds.Direct)
    {
        var start = text.IndexOf(quoted, StringComparison.Ordinal);
        var speakerStart = text.IndexOf(speakerAsWritten, StringComparison.Ordinal);
        return new Quotation(
            new TextSpan(start, start + quoted.Length),
            kind,
            speaker,
            new TextSpan(speakerStart, speakerStart + speakerAsWritten.Length),
            speaker,
            "said",
            null);
    }
}
