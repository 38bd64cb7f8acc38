using System.Text;

namespace NewsTrace.Extraction.Html;

/// <summary>
/// A parsed page as a flat array of nodes in document order (see <see cref="HtmlNode"/>). Building and walking it
/// never recurses, so arbitrarily deep markup is safe; memory is linear in the page. Attributes and text stay in
/// <see cref="Source"/> and are decoded only when read.
/// </summary>
public sealed class HtmlDocument
{
    private readonly HtmlNode[] _nodes;

    internal HtmlDocument(string source, HtmlNode[] nodes, int count)
    {
        Source = source;
        _nodes = nodes;
        Count = count;
    }

    public string Source { get; }

    public int Count { get; }

    public ref readonly HtmlNode this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return ref _nodes[index];
        }
    }

    public static HtmlDocument Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return HtmlTreeBuilder.Build(html);
    }

    public ReadOnlySpan<char> RawAttributes(int index)
    {
        ref readonly var node = ref this[index];
        return node.Kind == HtmlNodeKind.Element ? Source.AsSpan(node.SourceStart, node.SourceLength) : default;
    }

    /// <summary>The decoded value of an element's attribute, or null when absent.</summary>
    public string? GetAttribute(int index, string name)
        => HtmlAttributeEnumerator.TryFind(RawAttributes(index), name, out var raw) ? HtmlText.Decode(raw) : null;

    public bool HasAttribute(int index, string name) => HtmlAttributeEnumerator.TryFind(RawAttributes(index), name, out _);

    /// <summary>The raw (undecoded) content of a text node.</summary>
    public ReadOnlySpan<char> RawText(int index)
    {
        ref readonly var node = ref this[index];
        return node.Kind == HtmlNodeKind.Text ? Source.AsSpan(node.SourceStart, node.SourceLength) : default;
    }

    /// <summary>The decoded content of a text node.</summary>
    public string GetText(int index) => this[index].TextHasReferences ? HtmlText.Decode(RawText(index)) : RawText(index).ToString();

    /// <summary>
    /// The text inside an element on one line: text nodes of its descendants joined, whitespace collapsed, trimmed.
    /// Script, style and template content is left out.
    /// </summary>
    public string GetInnerText(int index)
    {
        var builder = new StringBuilder();
        var end = this[index].End;
        for (var i = index + 1; i < end; i++)
        {
            ref readonly var node = ref this[i];
            if (node.Kind == HtmlNodeKind.Element && node.Tag is HtmlTag.Script or HtmlTag.Style or HtmlTag.Template)
            {
                i = node.End - 1;
                continue;
            }

            if (node.Kind == HtmlNodeKind.Text)
            {
                builder.Append(GetText(i)).Append(' ');
            }
        }

        return CollapseWhitespace(builder.ToString());
    }

    /// <summary>Index of the first element with the tag at or after <paramref name="start"/>, or -1.</summary>
    public int FindFirst(HtmlTag tag, int start = 0, int end = -1)
    {
        end = end < 0 ? Count : end;
        for (var i = start; i < end; i++)
        {
            if (this[i].IsElement(tag))
            {
                return i;
            }
        }

        return -1;
    }

    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
