using System.Collections.Frozen;

namespace NewsTrace.Extraction.Html;

/// <summary>Element classes from the HTML spec that parsing and text rendering depend on.</summary>
public static class HtmlTags
{
    private static readonly FrozenDictionary<string, HtmlTag> ByName = Enum.GetValues<HtmlTag>()
        .Where(tag => tag != HtmlTag.Unknown)
        .ToFrozenDictionary(tag => tag.ToString().ToLowerInvariant(), tag => tag, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, HtmlTag>.AlternateLookup<ReadOnlySpan<char>> BySpan = ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Elements whose content is not markup: it runs to the matching end tag.</summary>
    internal static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    public static HtmlTag Lookup(ReadOnlySpan<char> name) => BySpan.TryGetValue(name, out var tag) ? tag : HtmlTag.Unknown;

    /// <summary>RCDATA elements: raw text in which character references still count.</summary>
    internal static bool IsEscapableRawText(string name) => name is "textarea" or "title";

    /// <summary>Elements that never have content or an end tag.</summary>
    public static bool IsVoid(HtmlTag tag) => tag is HtmlTag.Area or HtmlTag.Base or HtmlTag.Br or HtmlTag.Col or HtmlTag.Embed
        or HtmlTag.Hr or HtmlTag.Img or HtmlTag.Input or HtmlTag.Link or HtmlTag.Meta or HtmlTag.Param or HtmlTag.Source
        or HtmlTag.Track or HtmlTag.Wbr or HtmlTag.Frame;

    /// <summary>Elements rendered on lines of their own; their start closes an open <c>&lt;p&gt;</c>.</summary>
    public static bool IsBlock(HtmlTag tag) => tag is HtmlTag.Address or HtmlTag.Article or HtmlTag.Aside or HtmlTag.Blockquote
        or HtmlTag.Center or HtmlTag.Details or HtmlTag.Dialog or HtmlTag.Dd or HtmlTag.Div or HtmlTag.Dl or HtmlTag.Dt
        or HtmlTag.Fieldset or HtmlTag.Figcaption or HtmlTag.Figure or HtmlTag.Footer or HtmlTag.Form or HtmlTag.H1
        or HtmlTag.H2 or HtmlTag.H3 or HtmlTag.H4 or HtmlTag.H5 or HtmlTag.H6 or HtmlTag.Header or HtmlTag.Hgroup
        or HtmlTag.Hr or HtmlTag.Li or HtmlTag.Main or HtmlTag.Menu or HtmlTag.Nav or HtmlTag.Ol or HtmlTag.P
        or HtmlTag.Pre or HtmlTag.Section or HtmlTag.Summary or HtmlTag.Table or HtmlTag.Ul or HtmlTag.Caption
        or HtmlTag.Tr or HtmlTag.Xmp or HtmlTag.Plaintext;

    public static bool IsHeading(HtmlTag tag) => tag is HtmlTag.H1 or HtmlTag.H2 or HtmlTag.H3 or HtmlTag.H4 or HtmlTag.H5 or HtmlTag.H6;
}
