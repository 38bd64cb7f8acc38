using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using NewsTrace.Ingest;
using NewsTrace.Ingest.Jsonl;

namespace NewsTrace.Tests.Ingest;

public sealed class JsonlPropertyTests
{
    private static readonly string[] FieldNames = ["id", "url", "title", "text", "html", "published", "site", "authors", "language", "maintext", "date_publish", "author", "extra"];

    [Property(MaxTest = 300)]
    public bool Records_with_random_field_values_never_throw(int[] choices, string?[] strings, double[] numbers)
    {
        var line = BuildRecord(choices ?? [], strings ?? [], numbers ?? []);
        var parser = new JsonlRecordParser(FieldMap.Parse("headline=title"), InputFormat.Text);

        var item = parser.Parse(line, "p#1");

        return item is RawInput or InputError;
    }

    [Property(MaxTest = 300)]
    public bool Random_bytes_as_a_line_never_throw(byte[] bytes)
    {
        var parser = new JsonlRecordParser(FieldMap.Empty, InputFormat.Text);

        return parser.Parse(bytes ?? [], "p#1") is RawInput or InputError;
    }

    [Property(MaxTest = 100)]
    public bool Reading_random_json_lines_from_stdin_never_throws(string?[] lines)
    {
        var text = string.Join('\n', (lines ?? []).Select(l => l ?? "null"));
        var options = new IngestOptions { Format = InputFormat.Jsonl, StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(text)) };

        var items = new InputReader(options).Read(["-"]).ToList();

        return items.All(item => item is RawInput or InputError);
    }

    private static byte[] BuildRecord(int[] choices, string?[] strings, double[] numbers)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            for (var i = 0; i < choices.Length; i++)
            {
                var choice = Math.Abs(choices[i] % 1000);
                var text = strings.Length == 0 ? "" : strings[i % strings.Length];
                var name = choice % 3 == 0 && text is not null ? text : FieldNames[choice % FieldNames.Length];
                writer.WritePropertyName(name);
                WriteValue(writer, choice / 3 % 7, text, numbers.Length == 0 ? 0 : numbers[i % numbers.Length]);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, int kind, string? text, double number)
    {
        switch (kind)
        {
            case 0:
                writer.WriteStringValue(text);
                break;
            case 1 when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case 2:
                writer.WriteBooleanValue(number > 0);
                break;
            case 3:
                writer.WriteStartArray();
                writer.WriteStringValue(text);
                writer.WriteNumberValue(7);
                writer.WriteEndArray();
                break;
            case 4:
                writer.WriteStartObject();
                writer.WriteString("name", text);
                writer.WriteEndObject();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
