using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsTrace.Documents;
using NewsTrace.Time;

namespace NewsTrace.Pipeline;

/// <summary>
/// Writes the JSON shapes that external tools rely on (the extract and analyze contract). Field names and
/// types here are a public contract: add fields, never rename or retype them.
/// </summary>
public static class ContractJson
{
    /// <summary>Options for writers: non-ASCII text is written as itself, not as \u escapes, so output stays readable.</summary>
    public static JsonWriterOptions WriterOptions(bool indented = false) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = indented,
    };

    /// <summary>The extract fields: source, url, title, authors, published, site, language, credits, text, comments.</summary>
    public static void WriteArticleFields(Utf8JsonWriter writer, ArticleMetadata metadata, string text, ImmutableArray<string> comments)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(metadata);
        writer.WriteString("source", metadata.Source);
        writer.WriteString("url", metadata.Url);
        writer.WriteString("title", metadata.Title);
        WriteStrings(writer, "authors", metadata.Authors);
        writer.WriteString("published", metadata.Published?.ToString());
        writer.WriteString("modified", metadata.Modified?.ToString());
        writer.WriteString("site", metadata.Site);
        writer.WriteString("language", metadata.Language);
        WriteStrings(writer, "credits", metadata.Credits);
        writer.WriteString("text", text);
        WriteStrings(writer, "comments", comments.IsDefault ? [] : comments);
    }

    /// <summary>The analysis layers. A layer that no stage produced (or whose stage failed) is written as an empty list.</summary>
    public static void WriteLayers(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;

        writer.WriteStartArray("sentences");
        foreach (var sentence in document.GetOrDefault(Layers.Sentences, []))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(sentence.Start);
            writer.WriteNumberValue(sentence.End);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();

        WriteObjects(writer, "entities", document.GetOrDefault(Layers.Entities, []), entity =>
        {
            WriteSpan(writer, entity.Span, text);
            writer.WriteString("type", entity.Type);
            writer.WriteString("canonical", entity.Canonical);
        });
        WriteObjects(writer, "quotes", document.GetOrDefault(Layers.Quotes, []), quote =>
        {
            WriteSpan(writer, quote.Span, text);
            writer.WriteString("kind", quote.Kind);
            writer.WriteString("speaker", quote.Speaker);
            WriteOptionalOffset(writer, "speaker_start", quote.SpeakerSpan?.Start);
            WriteOptionalOffset(writer, "speaker_end", quote.SpeakerSpan?.End);
            writer.WriteString("speaker_entity", quote.SpeakerEntity);
            writer.WriteString("cue", quote.Cue);
            WriteOptionalOffset(writer, "cue_start", quote.CueSpan?.Start);
            WriteOptionalOffset(writer, "cue_end", quote.CueSpan?.End);
        });
        WriteObjects(writer, "timexes", document.GetOrDefault(Layers.Timexes, []), timex =>
        {
            WriteSpan(writer, timex.Span, text);
            writer.WriteString("type", timex.Type);
            writer.WriteString("value", timex.Value);
        });
        WriteObjects(writer, "date_anomalies", document.GetOrDefault(TimeLayers.DateAnomalies, []), anomaly =>
        {
            WriteSpan(writer, anomaly.Span, text);
            writer.WriteString("kind", anomaly.Kind);
            writer.WriteString("message", anomaly.Message);
        });
        WriteObjects(writer, "stage_failures", document.Failures, failure =>
        {
            writer.WriteString("stage", failure.Stage);
            writer.WriteString("message", failure.Message);
            writer.WriteBoolean("skipped", failure.Skipped);
        });
    }

    /// <summary>The analysis layers as one JSON object, the form the store keeps.</summary>
    public static string LayersToJson(Document document)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions()))
        {
            writer.WriteStartObject();
            WriteLayers(writer, document);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>An array of objects; <paramref name="writeFields"/> writes one item's properties.</summary>
    private static void WriteObjects<T>(Utf8JsonWriter writer, string name, ImmutableArray<T> items, Action<T> writeFields)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writeFields(item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter writer, TextSpan span, string text)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteString("text", span.End <= text.Length ? span.Of(text) : null);
    }

    private static void WriteOptionalOffset(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, ImmutableArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values.IsDefault ? [] : values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
