using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsTrace.Pipeline;

namespace NewsTrace.Storage;

/// <summary>
/// The JSON forms of the list-, map- and record-valued columns every store backend keeps (authors, credits, extra
/// fields, stage failures). Written by hand with Utf8JsonWriter so the stored shape is explicit and one and the same in
/// SQLite and PostgreSQL, not whatever a serializer infers.
/// </summary>
public static class StoredColumnsJson
{
    // Non-ASCII text stays readable in the database; the column is never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string FromStrings(ImmutableArray<string> values)
        => Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var value in values.IsDefault ? [] : values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        });

    public static ImmutableArray<string> ToStrings(string json)
    {
        using var document = JsonDocument.Parse(json);
        var builder = ImmutableArray.CreateBuilder<string>(document.RootElement.GetArrayLength());
        foreach (var element in document.RootElement.EnumerateArray())
        {
            builder.Add(element.GetString() ?? "");
        }

        return builder.MoveToImmutable();
    }

    public static string FromMap(ImmutableSortedDictionary<string, string> values)
        => Write(writer =>
        {
            writer.WriteStartObject();
            foreach (var (key, value) in values)
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        });

    public static ImmutableSortedDictionary<string, string> ToMap(string json)
    {
        using var document = JsonDocument.Parse(json);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            builder[property.Name] = property.Value.GetString() ?? "";
        }

        return builder.ToImmutable();
    }

    public static string FromStageFailures(ImmutableArray<StageFailure> failures)
        => Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var failure in failures.IsDefault ? [] : failures)
            {
                writer.WriteStartObject();
                writer.WriteString("stage", failure.Stage);
                writer.WriteString("message", failure.Message);
                writer.WriteBoolean("skipped", failure.Skipped);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });

    public static ImmutableArray<StageFailure> ToStageFailures(string json)
    {
        using var document = JsonDocument.Parse(json);
        var builder = ImmutableArray.CreateBuilder<StageFailure>(document.RootElement.GetArrayLength());
        foreach (var element in document.RootElement.EnumerateArray())
        {
            builder.Add(new StageFailure(
                element.GetProperty("stage").GetString() ?? "",
                element.GetProperty("message").GetString() ?? "",
                element.TryGetProperty("skipped", out var skipped) && skipped.GetBoolean()));
        }

        return builder.MoveToImmutable();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
