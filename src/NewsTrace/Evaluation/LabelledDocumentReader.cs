using System.Globalization;
using System.Text.Json;

namespace NewsTrace.Evaluation;

/// <summary>
/// Reads a labelled JSONL: one object a line with <c>doc_id</c>, <c>topic</c> (string or number), <c>subtopic</c> and
/// <c>text</c> (the ECB+ dev format), and optionally <c>published</c>; other fields are ignored. Blank lines are skipped.
/// </summary>
public static class LabelledDocumentReader
{
    public static async Task<IReadOnlyList<LabelledDocument>> ReadAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = new List<LabelledDocument>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                documents.Add(new LabelledDocument(
                    Field(root, "doc_id"),
                    Field(root, "topic"),
                    Field(root, "subtopic"),
                    Field(root, "text"))
                {
                    Published = root.TryGetProperty("published", out var published) && published.ValueKind == JsonValueKind.String ? published.GetString() : null,
                });
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: {ex.Message}"), ex);
            }
        }

        return documents;
    }

    private static string Field(JsonElement root, string name)
    {
        var value = root.GetProperty(name);
        return value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();
    }
}
