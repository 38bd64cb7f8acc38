namespace NewsTrace.Extraction.Html;

/// <summary>
/// One node of an <see cref="HtmlDocument"/>. Nodes are stored in document (pre-)order, so the descendants of node i
/// are exactly the nodes i+1 .. <see cref="End"/>-1: walking or skipping a subtree is a loop, never a recursion.
/// </summary>
public struct HtmlNode
{
    public HtmlNodeKind Kind { get; internal set; }

    /// <summary>The element's tag, or <see cref="HtmlTag.Unknown"/> for other names and for non-elements.</summary>
    public HtmlTag Tag { get; internal set; }

    /// <summary>Identifies the element name within its document (equal for equal names, case-insensitive).</summary>
    public int NameId { get; internal set; }

    /// <summary>Index of the parent node; -1 for the root.</summary>
    public int Parent { get; internal set; }

    /// <summary>Index just after this node's last descendant.</summary>
    public int End { get; internal set; }

    /// <summary>Offset in the source of the element's attribute text, or of the text node's raw content.</summary>
    public int SourceStart { get; internal set; }

    public int SourceLength { get; internal set; }

    /// <summary>For a text node: character references in it are live and must be decoded.</summary>
    public bool TextHasReferences { get; internal set; }

    /// <summary>Non-blank characters of readable text in this node and its descendants (script and style excluded).</summary>
    public int TextLength { get; internal set; }

    /// <summary>The part of <see cref="TextLength"/> inside links; a high share marks navigation and link lists.</summary>
    public int LinkTextLength { get; internal set; }

    /// <summary>Share of the readable text that is link text (0 when there is no text).</summary>
    public readonly double LinkDensity => TextLength == 0 ? 0 : (double)LinkTextLength / TextLength;

    public readonly bool IsElement(HtmlTag tag) => Kind == HtmlNodeKind.Element && Tag == tag;
}
