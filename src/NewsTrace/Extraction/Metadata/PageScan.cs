using NewsTrace.Documents;

namespace NewsTrace.Extraction.Metadata;

/// <summary>The raw metadata candidates one pass over a page collects; <see cref="HtmlMetadataReader"/> chooses among them.</summary>
internal sealed class PageScan
{
    /// <summary>Meta tag content by lower-case name, property or itemprop (the first of each).</summary>
    public Dictionary<string, string> Meta { get; } = new(StringComparer.Ordinal);

    /// <summary>Every value of the author meta keys, which pages repeat for several authors.</summary>
    public Dictionary<string, List<string>> MetaAuthors { get; } = new(StringComparer.Ordinal);

    public List<string> JsonLdScripts { get; } = [];

    /// <summary>Texts of itemprop=author, rel=author and byline elements, in page order.</summary>
    public List<string> Bylines { get; } = [];

    public string? HtmlLang { get; set; }

    public string? Canonical { get; set; }

    public string? Title { get; set; }

    public string? ContainerH1 { get; set; }

    public string? FirstH1 { get; set; }

    public int H1Count { get; set; }

    /// <summary>How many candidate elements' text has been read (bounded; see <see cref="HtmlMetadataReader"/>).</summary>
    public int InnerTextReads { get; set; }

    public string? ItempropDate { get; set; }

    /// <summary>The first itemprop=dateModified value.</summary>
    public string? ItempropModified { get; set; }

    public string? ContainerTime { get; set; }

    public string? PageTime { get; set; }

    /// <summary>The first date found in a short element whose class names a date ("post-date", "timestamp").</summary>
    public PublishDate? DateLineDate { get; set; }
}
