using NewsTrace.Extraction.Html;

namespace NewsTrace.Web.Tests.Web;

/// <summary>
/// Checks a page the way a browser would read it, with the project's spec-following HTML tokenizer: every element
/// must be one the app's own code writes, no attribute may be an event handler, and no URL attribute may hold a
/// javascript: or data: URL. A page that passes has nothing an article could have injected that would run.
/// </summary>
internal static class InertHtml
{
    private static readonly HashSet<string> AllowedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "meta", "title", "link", "body", "header", "nav", "main", "footer", "section", "aside", "div", "span",
        "a", "form", "fieldset", "legend", "label", "input", "select", "option", "button", "h1", "h2", "h3", "p", "q",
        "blockquote", "ol", "ul", "li", "dl", "dt", "dd", "code", "strong", "mark", "del", "ins", "time", "details", "summary",
        "svg", "defs", "marker", "path", "text", "line", "circle",
    };

    public static void Check(string html)
    {
        var tokenizer = new HtmlTokenizer(html);
        while (tokenizer.Read())
        {
            if (tokenizer.Kind != HtmlTokenKind.StartTag)
            {
                continue;
            }

            var name = tokenizer.Name.ToString();
            Assert.True(AllowedTags.Contains(name), $"unexpected element <{name}> at {tokenizer.TokenStart}");
            foreach (var attribute in new HtmlAttributeEnumerator(html.AsSpan(tokenizer.AttributesStart, tokenizer.AttributesLength)))
            {
                var attributeName = attribute.Name.ToString();
                Assert.False(attributeName.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attributeName} on <{name}>");
                Assert.False(string.Equals(attributeName, "style", StringComparison.OrdinalIgnoreCase), $"style attribute on <{name}>");
                if (attributeName is "href" or "src" or "action" or "formaction" or "xlink:href")
                {
                    var value = attribute.GetValue().Trim();
                    Assert.False(value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase), $"{attributeName}={value} on <{name}>");
                }
            }

            if (string.Equals(name, "link", StringComparison.OrdinalIgnoreCase))
            {
                Assert.True(HtmlAttributeEnumerator.TryFind(html.AsSpan(tokenizer.AttributesStart, tokenizer.AttributesLength), "href", out var href) && href.SequenceEqual("/static/site.css"), "only our stylesheet is linked");
            }
        }
    }
}
