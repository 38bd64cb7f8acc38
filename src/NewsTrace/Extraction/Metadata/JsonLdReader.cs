using System.Collections.Immutable;
using System.Text.Json;

namespace NewsTrace.Extraction.Metadata;

/// <summary>
/// Reads article metadata from <c>&lt;script type="application/ld+json"&gt;</c> blocks. Broken JSON is skipped;
/// <c>@graph</c> arrays and top-level arrays are searched without recursion.
/// </summary>
public static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>The article described by the blocks: the first object of an article type, else the first with a publish date.</summary>
    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        JsonLdArticle? fallback = null;
        foreach (var script in scripts)
        {
            var json = TrimToJson(script);
            if (json.Length == 0)
            {
                continue;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(json, Options);
            }
            catch (JsonException)
            {
                continue;
            }

            using (document)
            {
                foreach (var item in Items(document.RootElement))
                {
                    if (IsArticleType(item))
                    {
                        return ReadArticle(item);
                    }

                    if (fallback is null && item.TryGetProperty("datePublished", out _))
                    {
                        fallback = ReadArticle(item);
                    }
                }
            }
        }

        return fallback;
    }

    // Scripts are sometimes wrapped in "<!-- … -->" or "//<![CDATA[ … //]]>"; the JSON is between the first bracket and the last.
    private static ReadOnlyMemory<char> TrimToJson(string script)
    {
        var start = script.AsSpan().IndexOfAny('{', '[');
        var end = script.AsSpan().LastIndexOfAny('}', ']');
        return start < 0 || end < start ? ReadOnlyMemory<char>.Empty : script.AsMemory(start, end - start + 1);
    }

    // Objects at the top level, in top-level arrays and in @graph arrays (one level of each, as schema.org uses them).
    private static List<JsonElement> Items(JsonElement root)
    {
        var pending = new Stack<(JsonElement Element, int Depth)>();
        pending.Push((root, 0));
        var ordered = new List<JsonElement>();
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            if (element.ValueKind == JsonValueKind.Array && depth < 4)
            {
                var children = element.EnumerateArray().ToList();
                for (var i = children.Count - 1; i >= 0; i--)
                {
                    pending.Push((children[i], depth + 1));
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                ordered.Add(element);
                if (depth < 4 && element.TryGetProperty("@graph", out var graph))
                {
                    pending.Push((graph, depth + 1));
                }
            }
        }

        return ordered;
    }

    private static bool IsArticleType(JsonElement item)
    {
        if (!item.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return IsArticleTypeName(type.GetString());
        }

        return type.ValueKind == JsonValueKind.Array
            && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleTypeName(t.GetString()));
    }

    private static bool IsArticleTypeName(string? name)
        => name is not null
        && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "LiveBlogPosting" or "Report" or "SocialMediaPosting");

    private static JsonLdArticle ReadArticle(JsonElement item) => new()
    {
        Headline = StringProperty(item, "headline") ?? StringProperty(item, "name"),
        DatePublished = StringProperty(item, "datePublished") ?? StringProperty(item, "dateCreated"),
        DateModified = StringProperty(item, "dateModified"),
        Authors = Names(item, "author"),
        PublisherName = item.TryGetProperty("publisher", out var publisher) ? NameOf(publisher) : null,
        Url = StringProperty(item, "url") ?? (item.TryGetProperty("mainEntityOfPage", out var page) ? IdOf(page) : null),
        ArticleBody = StringProperty(item, "articleBody"),
        Language = StringProperty(item, "inLanguage"),
    };

    private static string? StringProperty(JsonElement item, string name)
        => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static ImmutableArray<string> Names(JsonElement item, string property)
    {
        if (!item.TryGetProperty(property, out var value))
        {
            return [];
        }

        var names = ImmutableArray<string>.Empty;
        var values = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        foreach (var entry in values)
        {
            names = AuthorNames.AddTo(names, NameOf(entry));
        }

        return names;
    }

    private static string? NameOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => StringProperty(value, "name"),
        JsonValueKind.Array => value.EnumerateArray().Select(NameOf).FirstOrDefault(name => name is not null),
        _ => null,
    };

    private static string? IdOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => StringProperty(value, "@id") ?? StringProperty(value, "url"),
        _ => null,
    };
}
