using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsTrace.Documents;
using NewsTrace.Ingest;

namespace NewsTrace.Storage;

/// <summary>
/// The stored form of everything about a queued input except its bytes: format, declared charset, the metadata its
/// container gave (JSON Lines fields, feed item fields), read warnings and the user's document date. Written by hand
/// so every backend keeps one explicit shape, and so a worker rebuilds exactly the <see cref="RawInput"/> the
/// enqueuer read (publish dates by their parts: the contract string drops fractions of a second).
/// </summary>
public static class QueuedInputJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(QueuedInput queued)
    {
        ArgumentNullException.ThrowIfNull(queued);
        var input = queued.Input;
        var metadata = input.Metadata;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("format", input.Format.ToString());
            WriteNullable(writer, "charset", input.DeclaredCharset);
            writer.WriteBoolean("decoded", input.IsDecodedText);
            WriteStrings(writer, "warnings", input.Warnings);
            WriteDate(writer, "dct", queued.DocumentCreationTime);
            writer.WriteStartObject("metadata");
            writer.WriteString("source", metadata.Source);
            WriteNullable(writer, "record_id", metadata.RecordId);
            WriteNullable(writer, "url", metadata.Url);
            WriteNullable(writer, "title", metadata.Title);
            WriteStrings(writer, "authors", metadata.Authors);
            WriteDate(writer, "published", metadata.Published);
            WriteDate(writer, "modified", metadata.Modified);
            WriteNullable(writer, "site", metadata.Site);
            WriteNullable(writer, "language", metadata.Language);
            WriteStrings(writer, "credits", metadata.Credits);
            writer.WriteStartObject("extra");
            foreach (var (key, value) in metadata.Extra)
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Rebuilds the queued input from its id, source, bytes and <see cref="Write"/>'s JSON.</summary>
    public static QueuedInput Read(string id, string source, ReadOnlyMemory<byte> content, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var meta = root.GetProperty("metadata");
        var extra = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var property in meta.GetProperty("extra").EnumerateObject())
        {
            extra[property.Name] = property.Value.GetString() ?? "";
        }

        var metadata = ArticleMetadata.Empty with
        {
            Source = meta.GetProperty("source").GetString() ?? source,
            RecordId = ReadNullable(meta, "record_id"),
            Url = ReadNullable(meta, "url"),
            Title = ReadNullable(meta, "title"),
            Authors = ReadStrings(meta, "authors"),
            Published = ReadDate(meta, "published"),
            Modified = ReadDate(meta, "modified"),
            Site = ReadNullable(meta, "site"),
            Language = ReadNullable(meta, "language"),
            Credits = ReadStrings(meta, "credits"),
            Extra = extra.ToImmutable(),
        };
        var format = Enum.Parse<InputFormat>(root.GetProperty("format").GetString() ?? nameof(InputFormat.Html));
        var input = new RawInput(source, id, content, format, ReadNullable(root, "charset"), metadata)
        {
            Warnings = ReadStrings(root, "warnings"),
            IsDecodedText = root.GetProperty("decoded").GetBoolean(),
        };
        return new QueuedInput(input, ReadDate(root, "dct"));
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
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

    private static void WriteDate(Utf8JsonWriter writer, string name, PublishDate? value)
    {
        if (value is not { } date)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("date", date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (date.Time is { } time)
        {
            writer.WriteNumber("time_ticks", time.Ticks);
        }

        if (date.Offset is { } offset)
        {
            writer.WriteNumber("offset_ticks", offset.Ticks);
        }

        writer.WriteBoolean("seconds", date.HasSeconds);
        writer.WriteEndObject();
    }

    private static string? ReadNullable(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImmutableArray<string> ReadStrings(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            builder.Add(item.GetString() ?? "");
        }

        return builder.MoveToImmutable();
    }

    private static PublishDate? ReadDate(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var day = DateOnly.ParseExact(value.GetProperty("date").GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        TimeOnly? time = value.TryGetProperty("time_ticks", out var ticks) ? new TimeOnly(ticks.GetInt64()) : null;
        TimeSpan? offset = value.TryGetProperty("offset_ticks", out var offsetTicks) ? new TimeSpan(offsetTicks.GetInt64()) : null;
        return new PublishDate(day, time, offset, value.GetProperty("seconds").GetBoolean());
    }
}
