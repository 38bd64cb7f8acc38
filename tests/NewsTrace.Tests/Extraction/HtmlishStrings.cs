using FsCheck;
using FsCheck.Fluent;

namespace NewsTrace.Tests.Extraction;

/// <summary>FsCheck strings built from HTML fragments, so random inputs hit tags, comments, entities and raw-text elements.</summary>
public static class HtmlishStrings
{
    private static readonly string[] Fragments =
    [
        "<", ">", "/", "</", "<!", "<!--", "-->", "<![CDATA[", "]]>", "<?", "=", "\"", "'", " ", "\n", "&", ";", "#", "x",
        "&amp;", "&#8217;", "&#x2019;", "&#xD800;", "&#0;", "&nbsp", "&bogus;", "div", "p", "script", "style", "title",
        "textarea", "article", "main", "body", "html", "nav", "li", "br", "td", "tr", "table", "pre", "svg", "class=\"comments\"",
        "itemprop=articleBody", "type=\"application/ld+json\"", "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-13-45\"", "[{", "}]",
        "meta", "property=og:title", "content=", "charset=", "rel=canonical", "href=", "text", "é", "\u0301", "\uD83D", "\uDE00", "\0",
        "October 19, 2023", "0 May 2024", "/2023/02/31/",
    ];

    public static Arbitrary<string> Strings()
        => Gen.Elements(Fragments).ArrayOf().Select(string.Concat).ToArbitrary();
}
