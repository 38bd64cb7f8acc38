using System.Collections.Immutable;
using System.Text;
using System.Xml.Linq;
using NewsTrace.Documents;

namespace NewsTrace.Ingest.Feeds;

/// <summary>
/// Turns one RSS item or Atom entry into a <see cref="RawInput"/>. The body is the fullest content the item has
/// (content:encoded, else description; Atom content, else summary). Its id hashes link, title and body, so
/// the same item in two fetches of a feed gets the same id.
/// </summary>
internal sealed class FeedItemBuilder(long maxItemBytes)
{
    public IngestItem FromRssItem(XElement item, string? site, string source)
    {
        var body = Child(item, FeedNamespaces.Content + "encoded") ?? Child(item, "description");
        var authors = item.Elements()
            .Where(e => e.Name == FeedNamespaces.DublinCore + "creator" || e.Name.LocalName == "author")
            .Select(e => AuthorName(e.Value))
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.Ordinal);
        var published = Child(item, "pubDate") ?? Child(item, FeedNamespaces.DublinCore + "date");
        var link = Child(item, "link") ?? PermalinkGuid(item);
        var fields = new FeedItemFields(link, Child(item, "title"), body, InputFormat.Html, published, [.. authors], Child(item, "guid") ?? item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"))?.Value);
        return Build(fields, site, source, "content:encoded or description");
    }

    public IngestItem FromAtomEntry(XElement entry, string? site, string source)
    {
        var atom = FeedNamespaces.Atom;
        var (body, format) = AtomText(entry.Element(atom + "content")) ?? AtomText(entry.Element(atom + "summary")) ?? (null, InputFormat.Html);
        var authors = entry.Elements(atom + "author")
            .Select(a => a.Element(atom + "name")?.Value.Trim() ?? "")
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.Ordinal);
        var link = entry.Elements(atom + "link")
            .OrderBy(l => (string?)l.Attribute("rel") is null or "alternate" ? 0 : 1)
            .Select(l => (string?)l.Attribute("href"))
            .FirstOrDefault(href => !string.IsNullOrWhiteSpace(href));
        var published = Child(entry, atom + "published") ?? Child(entry, atom + "updated");
        var fields = new FeedItemFields(link?.Trim(), Child(entry, atom + "title"), body, format, published, [.. authors], Child(entry, atom + "id"));
        return Build(fields, site, source, "content or summary");
    }

    private IngestItem Build(FeedItemFields fields, string? site, string source, string contentElements)
    {
        if (string.IsNullOrWhiteSpace(fields.Body))
        {
            return new InputError(source, $"the feed item has no content (no {contentElements})");
        }

        var content = Encoding.UTF8.GetBytes(fields.Body);
        if (content.Length > maxItemBytes)
        {
            return new InputError(source, InputLimits.TooLarge("the feed item's content", content.Length, maxItemBytes));
        }

        var warnings = ImmutableArray.CreateBuilder<string>();
        var extra = ArticleMetadata.Empty.Extra;
        PublishDate? published = null;
        if (fields.Published is not null)
        {
            if (PublishDateParser.TryParse(fields.Published, out var date))
            {
                published = date;
            }
            else
            {
                extra = extra.Add("published_raw", fields.Published);
                warnings.Add($"publish date '{fields.Published}' was not understood; kept in Extra[\"published_raw\"]");
            }
        }

        var metadata = new ArticleMetadata
        {
            Source = source,
            RecordId = fields.RecordId,
            Url = fields.Link,
            Title = fields.Title,
            Site = string.IsNullOrEmpty(site) ? null : site,
            Authors = fields.Authors,
            Published = published,
            Extra = extra,
        };

        var canonical = $"{fields.Link}\n{fields.Title}\n{fields.Body}";
        return new RawInput(source, DocumentId.FromText(canonical), content, fields.Format, "utf-8", metadata)
        {
            Warnings = warnings.ToImmutable(),
            IsDecodedText = true,
        };
    }

    /// <summary>The text of an Atom text construct with its format: html and xhtml are pages, text is text.</summary>
    private static (string? Body, InputFormat Format)? AtomText(XElement? element)
    {
        if (element is null || element.Attribute("src") is not null)
        {
            return null;
        }

        var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant() ?? "text";
        return type switch
        {
            "xhtml" => (string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))), InputFormat.Html),
            "html" or "text/html" => (element.Value, InputFormat.Html),
            _ => (element.Value, InputFormat.Text),
        };
    }

    /// <summary>RSS authors are often "mail@example.com (Jane Doe)"; the name is what matters.</summary>
    private static string AuthorName(string value)
    {
        var text = value.Trim();
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && text.EndsWith(')') && text[..open].Contains('@', StringComparison.Ordinal))
        {
            return text[(open + 1)..^1].Trim();
        }

        return text;
    }

    private static string? PermalinkGuid(XElement item)
    {
        var guid = item.Element("guid");
        var isPermalink = (string?)guid?.Attribute("isPermaLink");
        return guid is not null && !string.Equals(isPermalink, "false", StringComparison.OrdinalIgnoreCase)
            && guid.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? guid.Value.Trim()
            : null;
    }

    /// <summary>A child's trimmed text, or null when missing or blank. RSS 1.0 puts items in its namespace, so plain names match any namespace.</summary>
    private static string? Child(XElement parent, XName name)
    {
        var element = name.Namespace == XNamespace.None
            ? parent.Elements().FirstOrDefault(e => e.Name.LocalName == name.LocalName && (e.Name.Namespace == XNamespace.None || e.Name.Namespace == FeedNamespaces.Rss10))
            : parent.Element(name);
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
