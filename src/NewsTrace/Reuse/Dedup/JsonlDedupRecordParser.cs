using System.Buffers;
using System.Text;
using System.Text.Json;

namespace NewsTrace.Reuse.Dedup;

/// <summary>
/// Reads the <c>id</c> and <c>text</c> of one JSON Lines record with <see cref="Utf8JsonReader"/>, straight from the line's
/// UTF-8 bytes. The text is unescaped into a caller's pooled buffer, so the only allocation is the id string.
/// </summary>
internal static class JsonlDedupRecordParser
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Parses <paramref name="line"/>. On success returns null and sets <paramref name="id"/> and <paramref name="textLength"/>
    /// (the text is in <paramref name="textBuffer"/>[..textLength], grown from the pool when needed); otherwise returns why not.
    /// </summary>
    public static string? TryParse(ReadOnlySpan<byte> line, ref char[] textBuffer, out DedupRecordId id, out int textLength)
    {
        id = default;
        textLength = 0;
        if (line.StartsWith(Bom))
        {
            line = line[Bom.Length..];
        }

        string? idValue = null;
        var idIsNumber = false;
        var hasText = false;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return "not a JSON object";
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.String:
                            idValue = reader.GetString();
                            idIsNumber = false;
                            break;
                        case JsonTokenType.Number:
                            idValue = Encoding.UTF8.GetString(reader.ValueSpan);
                            idIsNumber = true;
                            break;
                        default:
                            return "\"id\" must be a string or a number";
                    }
                }
                else if (reader.ValueTextEquals("text"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        return "\"text\" must be a string";
                    }

                    // Unescaped UTF-16 never has more code units than the escaped UTF-8 has bytes.
                    var needed = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
                    if (textBuffer.Length < needed)
                    {
                        ArrayPool<char>.Shared.Return(textBuffer);
                        textBuffer = ArrayPool<char>.Shared.Rent(needed);
                    }

                    textLength = reader.CopyString(textBuffer);
                    hasText = true;
                }
                else
                {
                    reader.Skip();
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject)
            {
                return "not a JSON object";
            }

            if (reader.Read())
            {
                return "more than one JSON value on the line";
            }
        }
        catch (JsonException ex)
        {
            return $"invalid JSON: {ex.Message}";
        }

        if (idValue is null)
        {
            return "the record has no \"id\"";
        }

        if (!hasText)
        {
            return "the record has no \"text\"";
        }

        id = new DedupRecordId(idValue, idIsNumber);
        return null;
    }
}
