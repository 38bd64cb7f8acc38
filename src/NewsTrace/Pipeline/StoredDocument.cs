using System.Collections.Immutable;
using System.Text.Json;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Quotes;
using NewsTrace.Storage;
using NewsTrace.Text;
using NewsTrace.Time;

namespace NewsTrace.Pipeline;

/// <summary>
/// Turns a stored article back into a <see cref="Document"/> with the layers its analysis JSON holds, so
/// corpus-level steps (provenance, timelines, quote variants) work on the same annotations the ingest produced
/// instead of re-running the per-document stages. Tokens are not stored (they are cheap and large), so they are
/// recomputed from the text. A layer that is missing or malformed in the JSON is left out, never guessed.
/// </summary>
public static class StoredDocument
{
    public static Document FromStored(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = new Document(article.Id, article.Text, article.Metadata)
            .WithLayer(Layers.Tokens, Tokenizer.Tokenize(article.Text));
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(article.AnalysisJson);
        }
        catch (JsonException)
        {
            return document;
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return document;
            }

            var length = article.Text.Length;
            document = With(document, Layers.Sentences, ReadSentences(root, length));
            document = With(document, Layers.Entities, Read(root, "entities", length, ReadEntity));
            document = With(document, Layers.Quotes, Read(root, "quotes", length, ReadQuote));
            document = With(document, Layers.Timexes, Read(root, "timexes", length, ReadTimex));
            document = With(document, TimeLayers.DateAnomalies, Read(root, "date_anomalies", length, ReadAnomaly));
            return document;
        }
    }

    private static Document With<T>(Document document, LayerKey<ImmutableArray<T>> key, ImmutableArray<T>? layer)
        => layer is { } value ? document.WithLayer(key, value) : document;

    /// <summary>Reads one layer; null when the property is absent or not an array, so the layer stays absent.</summary>
    private static ImmutableArray<T>? Read<T>(JsonElement root, string name, int textLength, Func<JsonElement, int, T?> readItem)
        where T : class
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var builder = ImmutableArray.CreateBuilder<T>(array.GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            if (readItem(element, textLength) is { } item)
            {
                builder.Add(item);
            }
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<TextSpan>? ReadSentences(JsonElement root, int textLength)
    {
        if (!root.TryGetProperty("sentences", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var builder = ImmutableArray.CreateBuilder<TextSpan>(array.GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() == 2
                && element[0].ValueKind == JsonValueKind.Number && element[1].ValueKind == JsonValueKind.Number
                && element[0].TryGetInt32(out var start) && element[1].TryGetInt32(out var end)
                && Valid(start, end, textLength))
            {
                builder.Add(new TextSpan(start, end));
            }
        }

        return builder.ToImmutable();
    }

    private static EntityMention? ReadEntity(JsonElement element, int textLength)
        => Span(element, "start", "end", textLength) is { } span && String(element, "type") is { } type
            ? new EntityMention(span, type, String(element, "canonical"))
            : null;

    private static Quotation? ReadQuote(JsonElement element, int textLength)
        => Span(element, "start", "end", textLength) is { } span && String(element, "kind") is { } kind
            ? new Quotation(
                span,
                kind,
                String(element, "speaker"),
                Span(element, "speaker_start", "speaker_end", textLength),
                String(element, "speaker_entity"),
                String(element, "cue"),
                Span(element, "cue_start", "cue_end", textLength))
            : null;

    private static Timex? ReadTimex(JsonElement element, int textLength)
        => Span(element, "start", "end", textLength) is { } span && String(element, "type") is { } type
            ? new Timex(span, type, String(element, "value"))
            : null;

    private static DateAnomaly? ReadAnomaly(JsonElement element, int textLength)
        => Span(element, "start", "end", textLength) is { } span && String(element, "kind") is { } kind
            ? new DateAnomaly(span, kind, String(element, "message") ?? "")
            : null;

    private static TextSpan? Span(JsonElement element, string startName, string endName, int textLength)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty(startName, out var startValue) || startValue.ValueKind != JsonValueKind.Number || !startValue.TryGetInt32(out var start)
            || !element.TryGetProperty(endName, out var endValue) || endValue.ValueKind != JsonValueKind.Number || !endValue.TryGetInt32(out var end))
        {
            return null;
        }

        return Valid(start, end, textLength) ? new TextSpan(start, end) : null;
    }

    private static bool Valid(int start, int end, int textLength) => start >= 0 && start <= end && end <= textLength;

    private static string? String(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
