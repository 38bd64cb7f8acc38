using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NewsTrace.Web.Security;

namespace NewsTrace.Web.Html;

/// <summary>
/// Writes HTML where every piece of data is encoded: text and attribute values go through the HTML encoder, and
/// markup can only come from <see cref="Markup"/>, whose argument must be a literal written here, never data.
/// Article text is hostile, so there is deliberately no way to pass it through unencoded.
/// </summary>
public sealed class HtmlBuilder
{
    // All Unicode ranges allowed: letters stay readable in the source; <, >, &, quotes and controls are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();

    /// <summary>Literal markup from this assembly's own code.</summary>
    public HtmlBuilder Markup(string literal)
    {
        _html.Append(literal);
        return this;
    }

    public HtmlBuilder Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Encoder.Encode(new StringWriter(_html, CultureInfo.InvariantCulture), text);
        }

        return this;
    }

    public HtmlBuilder Text(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (length > 0)
        {
            Encoder.Encode(new StringWriter(_html, CultureInfo.InvariantCulture), text, start, length);
        }

        return this;
    }

    public HtmlBuilder Number(long value) => Markup(value.ToString("N0", CultureInfo.InvariantCulture));

    /// <summary>Opens <paramref name="tag"/> (a literal) with attributes whose values are encoded; null values are left out.</summary>
    public HtmlBuilder Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _html.Append(' ').Append(name).Append("=\"");
            Text(value);
            _html.Append('"');
        }

        _html.Append('>');
        return this;
    }

    public HtmlBuilder Close(string tag) => Markup("</").Markup(tag).Markup(">");

    public HtmlBuilder Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes)
        => Open(tag, attributes).Text(text).Close(tag);

    /// <summary>A link inside this site; <paramref name="href"/> is built by our code from encoded path segments.</summary>
    public HtmlBuilder Link(string href, string? text, string? cssClass = null)
        => Element("a", text, ("href", href), ("class", cssClass));

    /// <summary>
    /// A link to a URL taken from article data: only absolute http(s) URLs become links, and they never get our
    /// referrer or a handle on this window; anything else (javascript:, data:, relative) is shown as plain text.
    /// </summary>
    public HtmlBuilder ExternalLink(string? url, string? text)
    {
        if (!SafeUrl.IsLinkable(url))
        {
            return Element("span", text ?? url, ("class", "unlinked-url"));
        }

        return Element("a", text ?? url, ("href", url!.Trim()), ("rel", "noopener noreferrer nofollow"), ("class", "external"));
    }

    public override string ToString() => _html.ToString();
}
