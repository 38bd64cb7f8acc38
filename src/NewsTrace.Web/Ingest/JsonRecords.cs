using System.Text.Json;

namespace NewsTrace.Web.Ingest;

/// <summary>
/// Turns a JSON body (one record object, or an array of them) into JSON Lines, so records take the same path as a
/// .jsonl file: each record is rewritten compactly, which keeps it on one line whatever the client's layout.
/// </summary>
public static class JsonRecords
{
    /// <returns>The JSON Lines bytes, or null when the body is neither an object nor an array of objects.</returns>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public static byte[]? ToJsonLines(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        var root = document.RootElement;
        IEnumerable<JsonElement> records = root.ValueKind switch
        {
            JsonValueKind.Object => [root],
            JsonValueKind.Array => root.EnumerateArray(),
            _ => [],
        };
        using var output = new MemoryStream();
        var any = false;
        foreach (var record in records)
        {
            if (record.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false }))
            {
                record.WriteTo(writer);
            }

            output.WriteByte((byte)'\n');
            any = true;
        }

        return any ? output.ToArray() : null;
    }
}
