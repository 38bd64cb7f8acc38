using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using NewsTrace.Documents;

namespace NewsTrace.Ingest.Jsonl;

/// <summary>
/// Turns one JSON Lines record into a <see cref="RawInput"/>. Renames from --map apply first, then the default
/// aliases (<see cref="JsonlFieldAliases"/>). The body is <c>text</c> when it is not empty, else <c>html</c>;
/// the other one, and every field NewsTrace does not model, is kept in Extra (strings verbatim, other values as JSON).
/// A record field displaced by a rename (the record has "title" and --map title=headline) is kept in Extra too.
/// </summary>
internal sealed class JsonlRecordParser
{
    private const int MaxFieldsNamedInErrors = 12;

    private readonly Dictionary<string, string> _readAs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _renameTargets = new(StringComparer.Ordinal);
    private readonly InputFormat _textFormat;

    public JsonlRecordParser(IReadOnlyDictionary<string, string> fieldMap, InputFormat textFormat)
    {
        foreach (var (newName, oldName) in fieldMap)
        {
            _readAs[oldName] = newName;
            _renameTargets.Add(newName);
        }

        _textFormat = textFormat;
    }

    public IngestItem Parse(ReadOnlyMemory<byte> line, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return new InputError(source, $"invalid JSON: {ex.Message}");
        }

        using (document)
        {
            try
            {
                return Interpret(document.RootElement, line.Span, source);
            }
            catch (InvalidOperationException ex)
            {
                // Invalid UTF-8 inside a string surfaces only when the string is read.
                return new InputError(source, $"invalid JSON: {ex.Message}");
            }
        }
    }

    private IngestItem Interpret(JsonElement root, ReadOnlySpan<byte> line, string source)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new InputError(source, $"expected a JSON object, found {DescribeKind(root.ValueKind)}");
        }

        var recordNames = new List<string>();
        foreach (var property in root.EnumerateObject())
        {
            recordNames.Add(property.Name);
        }

        var present = new HashSet<string>(recordNames, StringComparer.Ordinal);
        var known = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var extra = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var warnings = ImmutableArray.CreateBuilder<string>();
        foreach (var property in root.EnumerateObject())
        {
            var name = ResolveName(property.Name, present, out var displaced);
            if (!displaced && JsonlFieldNames.All.Contains(name))
            {
                if (property.Value.ValueKind != JsonValueKind.Null && !known.TryAdd(name, property.Value))
                {
                    warnings.Add($"field '{property.Name}' appears more than once; the first value is used");
                }
            }
            else if (!extra.TryAdd(name, ExtraValue(property.Value)))
            {
                warnings.Add($"field '{property.Name}' appears more than once; the first value is kept");
            }
        }

        if (!TryString(known, JsonlFieldNames.Text, out var text, out var typeError)
            || !TryString(known, JsonlFieldNames.Html, out var html, out typeError))
        {
            return new InputError(source, typeError!);
        }

        string body;
        InputFormat format;
        if (!string.IsNullOrWhiteSpace(text))
        {
            (body, format) = (text, _textFormat);
            if (html is not null)
            {
                extra[JsonlFieldNames.Html] = html;
            }
        }
        else if (!string.IsNullOrWhiteSpace(html))
        {
            (body, format) = (html, InputFormat.Html);
        }
        else
        {
            return new InputError(source, MissingBody(text, html, recordNames));
        }

        var metadata = new ArticleMetadata
        {
            Source = source,
            RecordId = Scalar(known, JsonlFieldNames.Id, extra, warnings),
            Url = Scalar(known, JsonlFieldNames.Url, extra, warnings)?.Trim(),
            Title = Scalar(known, JsonlFieldNames.Title, extra, warnings)?.Trim(),
            Site = Scalar(known, JsonlFieldNames.Site, extra, warnings)?.Trim(),
            Language = Language(known, extra, warnings),
            Authors = Authors(known, warnings),
            Published = Published(known, extra, warnings),
        };

        return new RawInput(source, DocumentId.FromContent(line), Encoding.UTF8.GetBytes(body), format, "utf-8", metadata with { Extra = extra.ToImmutable() })
        {
            Warnings = warnings.ToImmutable(),
            IsDecodedText = true,
        };
    }

    private string ResolveName(string recordName, HashSet<string> present, out bool displaced)
    {
        displaced = false;
        if (_readAs.TryGetValue(recordName, out var renamed))
        {
            return renamed;
        }

        if (_renameTargets.Contains(recordName))
        {
            displaced = true;
            return recordName;
        }

        if (JsonlFieldAliases.Default.TryGetValue(recordName, out var alias) && !present.Contains(alias) && !_renameTargets.Contains(alias))
        {
            return alias;
        }

        return recordName;
    }

    private static bool TryString(Dictionary<string, JsonElement> known, string name, out string? value, out string? error)
    {
        value = null;
        error = null;
        if (!known.TryGetValue(name, out var element))
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            error = $"field '{name}' must be a string, found {DescribeKind(element.ValueKind)}";
            return false;
        }

        value = element.GetString();
        return true;
    }

    private static string MissingBody(string? text, string? html, List<string> recordNames)
    {
        if (text is not null || html is not null)
        {
            var empty = text is not null && html is not null ? "'text' and 'html' are" : text is not null ? "'text' is" : "'html' is";
            return $"no article body: {empty} empty";
        }

        var named = string.Join(", ", recordNames.Take(MaxFieldsNamedInErrors));
        var more = recordNames.Count > MaxFieldsNamedInErrors ? ", ..." : "";
        var fields = recordNames.Count == 0 ? "the record is empty" : $"its fields are {named}{more}";
        return $"no article body: the record has neither a 'text' nor an 'html' field ({fields}); name the body field with --map text=<field> or --map html=<field>";
    }

    /// <summary>A text field; numbers and booleans as written; any other value is moved to Extra with a warning.</summary>
    private static string? Scalar(Dictionary<string, JsonElement> known, string name, ImmutableSortedDictionary<string, string>.Builder extra, ImmutableArray<string>.Builder warnings)
    {
        if (!known.TryGetValue(name, out var element))
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                return element.GetRawText();
            default:
                extra[name] = element.GetRawText();
                warnings.Add($"field '{name}' is {DescribeKind(element.ValueKind)}, not text; kept in Extra");
                return null;
        }
    }

    private static string? Language(Dictionary<string, JsonElement> known, ImmutableSortedDictionary<string, string>.Builder extra, ImmutableArray<string>.Builder warnings)
    {
        var value = Scalar(known, JsonlFieldNames.Language, extra, warnings)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // "en", "en-US", "en_GB" -> "en"; anything else is not an ISO 639-1 code.
        var primary = value.Split('-', '_')[0];
        if (primary.Length == 2 && char.IsAsciiLetter(primary[0]) && char.IsAsciiLetter(primary[1]))
        {
            return primary.ToLowerInvariant();
        }

        extra["language_raw"] = value;
        warnings.Add($"language '{value}' is not an ISO 639-1 code; kept in Extra[\"language_raw\"]");
        return null;
    }

    private static ImmutableArray<string> Authors(Dictionary<string, JsonElement> known, ImmutableArray<string>.Builder warnings)
    {
        if (!known.TryGetValue(JsonlFieldNames.Authors, out var element))
        {
            return [];
        }

        var authors = ImmutableArray.CreateBuilder<string>();
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                AddAuthor(item, authors, warnings);
            }
        }
        else
        {
            AddAuthor(element, authors, warnings);
        }

        return authors.ToImmutable();
    }

    private static void AddAuthor(JsonElement item, ImmutableArray<string>.Builder authors, ImmutableArray<string>.Builder warnings)
    {
        // Schema.org-style records give {"name": "..."} objects.
        var name = item.ValueKind switch
        {
            JsonValueKind.String => item.GetString(),
            JsonValueKind.Object when item.TryGetProperty("name", out var inner) && inner.ValueKind == JsonValueKind.String => inner.GetString(),
            _ => null,
        };

        if (!string.IsNullOrWhiteSpace(name))
        {
            authors.Add(name.Trim());
        }
        else if (item.ValueKind != JsonValueKind.Null && item.ValueKind != JsonValueKind.String)
        {
            warnings.Add($"an author given as {DescribeKind(item.ValueKind)} was ignored: {Shorten(item.GetRawText())}");
        }
    }

    private static PublishDate? Published(Dictionary<string, JsonElement> known, ImmutableSortedDictionary<string, string>.Builder extra, ImmutableArray<string>.Builder warnings)
    {
        if (!known.TryGetValue(JsonlFieldNames.Published, out var element))
        {
            return null;
        }

        string raw;
        if (element.ValueKind == JsonValueKind.String)
        {
            raw = element.GetString()!;
            if (PublishDateParser.TryParse(raw, out var date))
            {
                return date;
            }
        }
        else
        {
            raw = element.GetRawText();
            if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var number) && PublishDateParser.TryFromUnixTime(number, out var date))
            {
                return date;
            }
        }

        extra["published_raw"] = raw;
        warnings.Add($"published date '{Shorten(raw)}' was not understood; kept in Extra[\"published_raw\"]");
        return null;
    }

    private static string ExtraValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "...";

    private static string DescribeKind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "no value",
    };
}
