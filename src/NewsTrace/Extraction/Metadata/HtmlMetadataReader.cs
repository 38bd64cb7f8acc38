using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Extraction.Html;

namespace NewsTrace.Extraction.Metadata;

/// <summary>
/// Reads an article's metadata from a parsed page in one pass: meta tags (Open Graph, article:*, Dublin Core,
/// Parse.ly, Sailthru), JSON-LD, microdata, canonical links, bylines and &lt;time&gt; elements, each field taken
/// from the most reliable source that has it.
/// </summary>
public static partial class HtmlMetadataReader
{
    private static readonly string[] PublishedMetaKeys =
    [
        "article:published_time", "og:published_time", "article:published", "date", "pubdate", "publishdate", "publish-date",
        "publish_date", "publication_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "parsely-pub-date",
        "sailthru.date", "datepublished", "citation_publication_date", "date.release", "original-publish-date",
    ];

    private const int MinimumHeadlineLength = 10;
    private const int MaximumHeadlineLength = 300;

    // A byline element with more text than this is an author box with a biography, not a name.
    private const int MaximumBylineLength = 120;

    private const int MaximumBylines = 8;

    private const int MaximumInnerTextReads = 256;

    // A date line is short ("Posted on March 3, 2024 by Ann"); a longer element is a block that merely mentions dates.
    private const int MaximumDateLineLength = 60;

    private static readonly string[] AuthorMetaKeys = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"];

    /// <param name="document">The parsed page.</param>
    /// <param name="roles">The roles of the page's elements.</param>
    /// <param name="container">The node holding the article text; dates and headings inside it are preferred.</param>
    public static PageMetadata Read(HtmlDocument document, ElementRoles roles, int container)
    {
        var scan = Scan(document, roles, container);
        var jsonLd = JsonLdReader.Read(scan.JsonLdScripts);

        var siteName = First(scan.Meta, "og:site_name", "application-name");
        var canonical = scan.Canonical ?? First(scan.Meta, "og:url") ?? jsonLd?.Url;
        var metadata = new ArticleMetadata
        {
            Url = canonical,
            Title = ChooseTitle(scan, jsonLd, siteName),
            Authors = ChooseAuthors(scan, jsonLd),
            Published = ChoosePublished(scan, jsonLd, canonical),
            Modified = ChooseModified(scan, jsonLd),
            Site = siteName ?? HostOf(canonical),
            Language = ChooseLanguage(scan, jsonLd),
        };
        return new PageMetadata(metadata, jsonLd?.ArticleBody);
    }

    /// <summary>The host of an absolute URL without "www.", or null.</summary>
    public static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private static PageScan Scan(HtmlDocument document, ElementRoles roles, int container)
    {
        var scan = new PageScan();
        var containerEnd = document[container].End;
        for (var i = 0; i < document.Count; i++)
        {
            ref readonly var node = ref document[i];
            if (node.Kind != HtmlNodeKind.Element)
            {
                continue;
            }

            var inContainer = i > container && i < containerEnd;
            switch (node.Tag)
            {
                case HtmlTag.Html:
                    scan.HtmlLang ??= document.GetAttribute(i, "lang") ?? document.GetAttribute(i, "xml:lang");
                    break;
                case HtmlTag.Meta:
                    ReadMeta(document, i, scan);
                    break;
                case HtmlTag.Link:
                    if (HasToken(document.GetAttribute(i, "rel"), "canonical"))
                    {
                        scan.Canonical ??= NonEmpty(document.GetAttribute(i, "href"));
                    }

                    break;
                case HtmlTag.Title:
                    scan.Title ??= NonEmpty(InnerText(document, i, scan));
                    break;
                case HtmlTag.H1:
                    if (inContainer)
                    {
                        scan.ContainerH1 ??= NonEmpty(InnerText(document, i, scan));
                    }

                    scan.FirstH1 ??= NonEmpty(InnerText(document, i, scan));
                    scan.H1Count++;
                    break;
                case HtmlTag.Script:
                    if (document.GetAttribute(i, "type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                    {
                        scan.JsonLdScripts.Add(document.GetInnerText(i));
                    }

                    break;
                case HtmlTag.Time:
                    // Each candidate is read at most once, so nested <time> elements cannot make the scan quadratic.
                    if (inContainer ? scan.ContainerTime is null : scan.PageTime is null)
                    {
                        var value = NonEmpty(document.GetAttribute(i, "datetime")) ?? NonEmpty(InnerText(document, i, scan));
                        if (inContainer)
                        {
                            scan.ContainerTime = value;
                        }
                        else
                        {
                            scan.PageTime = value;
                        }
                    }

                    break;
                default:
                    break;
            }

            ReadMicrodataAndBylines(document, roles, i, scan);
        }

        return scan;
    }

    private static void ReadMeta(HtmlDocument document, int index, PageScan scan)
    {
        var content = NonEmpty(document.GetAttribute(index, "content"));
        if (content is null)
        {
            return;
        }

        var key = document.GetAttribute(index, "property") ?? document.GetAttribute(index, "name") ?? document.GetAttribute(index, "itemprop");
        var httpEquiv = document.GetAttribute(index, "http-equiv");
        if (key is null && httpEquiv is not null)
        {
            key = "http-equiv:" + httpEquiv;
        }

        if (key is null)
        {
            return;
        }

        key = key.Trim().ToLowerInvariant();
        scan.Meta.TryAdd(key, content);
        if (Array.IndexOf(AuthorMetaKeys, key) >= 0)
        {
            if (!scan.MetaAuthors.TryGetValue(key, out var list))
            {
                list = [];
                scan.MetaAuthors[key] = list;
            }

            list.Add(content);
        }
    }

    private static void ReadMicrodataAndBylines(HtmlDocument document, ElementRoles roles, int index, PageScan scan)
    {
        var itemprop = document.GetAttribute(index, "itemprop");
        if (itemprop is not null && document[index].Tag != HtmlTag.Meta)
        {
            if (HasToken(itemprop, "datePublished"))
            {
                scan.ItempropDate ??= NonEmpty(document.GetAttribute(index, "datetime")) ?? NonEmpty(document.GetAttribute(index, "content")) ?? NonEmpty(InnerText(document, index, scan));
            }
            else if (HasToken(itemprop, "dateModified"))
            {
                scan.ItempropModified ??= NonEmpty(document.GetAttribute(index, "datetime")) ?? NonEmpty(document.GetAttribute(index, "content")) ?? NonEmpty(InnerText(document, index, scan));
            }
            else if (HasToken(itemprop, "author") || HasToken(itemprop, "creator"))
            {
                AddByline(document, index, scan);
            }
        }

        if (document[index].Tag is HtmlTag.A or HtmlTag.Span && HasToken(document.GetAttribute(index, "rel"), "author"))
        {
            AddByline(document, index, scan);
        }

        if (roles.Has(index, ElementRole.Byline) && document[index].TextLength is > 0 and <= MaximumBylineLength)
        {
            AddByline(document, index, scan);
        }

        if (scan.DateLineDate is null && roles.Has(index, ElementRole.DateLine) && document[index].TextLength is > 0 and <= MaximumDateLineLength
            && DateParsing.TryParseAny(InnerText(document, index, scan), out var date))
        {
            scan.DateLineDate = date;
        }
    }

    // Candidate text is read within a budget: reading an element's text walks its subtree, and without a cap a page
    // of thousands of nested empty <h1>, <time> or byline elements would cost quadratic time.
    private static string InnerText(HtmlDocument document, int index, PageScan scan)
    {
        if (scan.InnerTextReads >= MaximumInnerTextReads)
        {
            return "";
        }

        scan.InnerTextReads++;
        return document.GetInnerText(index);
    }

    // Bylines are capped too, so a page cannot fill the list with thousands of candidates.
    private static void AddByline(HtmlDocument document, int index, PageScan scan)
    {
        if (scan.Bylines.Count < MaximumBylines)
        {
            scan.Bylines.Add(InnerText(document, index, scan));
        }
    }

    // The headline as readers see it (the article's <h1>) comes first: og:title and <title> are often rewritten
    // for search and social sites. A page-wide <h1> counts only when it is the page's only one (else it is a logo).
    private static string? ChooseTitle(PageScan scan, JsonLdArticle? jsonLd, string? siteName)
    {
        var headline = scan.ContainerH1 ?? (scan.H1Count == 1 ? scan.FirstH1 : null);
        if (headline is { Length: >= MinimumHeadlineLength and <= MaximumHeadlineLength })
        {
            return headline;
        }

        var ogTitle = First(scan.Meta, "og:title", "twitter:title");
        if (ogTitle is not null && !ogTitle.Equals(siteName, StringComparison.OrdinalIgnoreCase))
        {
            return TitleCleaner.Clean(HtmlDocument.CollapseWhitespace(ogTitle), siteName ?? TitleCleaner.TrailingPart(scan.Title), allowShortSuffix: false);
        }

        if (jsonLd?.Headline is { } jsonLdHeadline)
        {
            return HtmlDocument.CollapseWhitespace(jsonLdHeadline);
        }

        if (scan.Title is { } title)
        {
            return TitleCleaner.Clean(title, siteName, allowShortSuffix: true);
        }

        return headline;
    }

    // Sources in order of trust; a source whose names are all rejected as junk gives way to the next. Organisations
    // are kept: corporate blogs and agencies credit themselves, and the benchmark data agree that this is the author.
    private static ImmutableArray<string> ChooseAuthors(PageScan scan, JsonLdArticle? jsonLd)
    {
        static ImmutableArray<string> Names(IEnumerable<string> raw)
        {
            var names = ImmutableArray<string>.Empty;
            foreach (var value in raw)
            {
                names = AuthorNames.AddTo(names, value);
            }

            return names;
        }

        foreach (var key in AuthorMetaKeys)
        {
            if (scan.MetaAuthors.TryGetValue(key, out var values) && Names(values) is { IsEmpty: false } fromMeta)
            {
                return fromMeta;
            }
        }

        if (jsonLd is { Authors.IsEmpty: false })
        {
            return jsonLd.Authors;
        }

        foreach (var byline in scan.Bylines)
        {
            if (AuthorNames.Parse(byline) is { IsEmpty: false } fromByline)
            {
                return fromByline;
            }
        }

        return [];
    }

    private static PublishDate? ChoosePublished(PageScan scan, JsonLdArticle? jsonLd, string? canonical)
    {
        if (DateParsing.TryParseAny(jsonLd?.DatePublished, out var date))
        {
            return date;
        }

        foreach (var key in PublishedMetaKeys)
        {
            if (scan.Meta.TryGetValue(key, out var value) && DateParsing.TryParseAny(value, out date))
            {
                return date;
            }
        }

        if (DateParsing.TryParseAny(scan.ItempropDate, out date) || DateParsing.TryParseAny(scan.ContainerTime, out date))
        {
            return date;
        }

        if (scan.DateLineDate is { } dateLine)
        {
            return dateLine;
        }

        if (DateParsing.TryParseUrlDate(canonical, out date))
        {
            return date;
        }

        return DateParsing.TryParseAny(scan.PageTime, out date) ? date : null;
    }

    private static string? ChooseLanguage(PageScan scan, JsonLdArticle? jsonLd)
    {
        string?[] candidates = [scan.HtmlLang, First(scan.Meta, "http-equiv:content-language", "content-language", "language", "dc.language"), First(scan.Meta, "og:locale"), jsonLd?.Language];
        foreach (var candidate in candidates)
        {
            if (LanguageCode(candidate) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The ISO 639-1 code at the start of a language tag ("en-US", "pt_BR", "de"), or null.</summary>
    public static string? LanguageCode(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var trimmed = tag.Trim();
        var end = trimmed.AsSpan().IndexOfAny('-', '_', ',');
        var primary = end < 0 ? trimmed : trimmed[..end];
        return primary.Length == 2 && primary.All(char.IsAsciiLetter) ? primary.ToLowerInvariant() : null;
    }

    private static string? First(Dictionary<string, string> meta, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static bool HasToken(string? value, string token)
        => value is not null && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(t => t.Equals(token, StringComparison.OrdinalIgnoreCase));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
