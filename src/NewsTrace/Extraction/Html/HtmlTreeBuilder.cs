namespace NewsTrace.Extraction.Html;

/// <summary>
/// Builds an <see cref="HtmlDocument"/> from tokens with a simplified form of the HTML spec's tree construction:
/// void elements, implied end tags for p, li, dt/dd, table rows and cells, options and headings, and end tags that
/// close everything opened after their element. Unmatched end tags are ignored in constant time (a count of open
/// elements per name), and every element is pushed and popped once, so building is linear in the page.
/// </summary>
internal sealed class HtmlTreeBuilder
{
    private static readonly int KnownNameCount = Enum.GetValues<HtmlTag>().Length;

    private readonly string _source;
    private HtmlNode[] _nodes;
    private int _count;
    private int[] _open = new int[64];
    private int _depth;
    private int[] _openPerName = new int[KnownNameCount + 16];
    private readonly Dictionary<string, int> _unknownNames = new(StringComparer.OrdinalIgnoreCase);
    private bool _sawHtml;
    private bool _sawHead;
    private bool _sawBody;

    private HtmlTreeBuilder(string source)
    {
        _source = source;

        // Real pages have a node per 30-100 characters; starting low and doubling keeps a huge single text node
        // from reserving megabytes of nodes it never uses.
        _nodes = new HtmlNode[Math.Clamp(source.Length / 64, 16, 1 << 16)];
    }

    public static HtmlDocument Build(string source)
    {
        var builder = new HtmlTreeBuilder(source);
        builder.Run();
        return new HtmlDocument(source, builder._nodes, builder._count);
    }

    private void Run()
    {
        Add(new HtmlNode { Kind = HtmlNodeKind.Document, Parent = -1, NameId = -1 });
        _open[_depth++] = 0;

        var tokenizer = new HtmlTokenizer(_source);
        while (tokenizer.Read())
        {
            switch (tokenizer.Kind)
            {
                case HtmlTokenKind.StartTag:
                    OnStartTag(ref tokenizer);
                    break;
                case HtmlTokenKind.EndTag:
                    OnEndTag(tokenizer.Name);
                    break;
                case HtmlTokenKind.Text:
                case HtmlTokenKind.CData:
                    OnText(tokenizer.ValueStart, tokenizer.ValueLength, tokenizer.Kind == HtmlTokenKind.Text && tokenizer.TextHasReferences);
                    break;
                default:
                    break;
            }
        }

        while (_depth > 1)
        {
            Pop();
        }

        _nodes[0].End = _count;
    }

    private void OnStartTag(ref HtmlTokenizer tokenizer)
    {
        var name = tokenizer.Name;
        var tag = HtmlTags.Lookup(name);
        if (IsRepeatedSingleton(tag))
        {
            return;
        }

        LeaveHeadIfNeeded(tag);
        ImplyEndTags(tag);
        var nameId = tag == HtmlTag.Unknown ? UnknownNameId(name) : (int)tag;
        var index = Add(new HtmlNode
        {
            Kind = HtmlNodeKind.Element,
            Tag = tag,
            NameId = nameId,
            Parent = _open[_depth - 1],
            SourceStart = tokenizer.AttributesStart,
            SourceLength = tokenizer.AttributesLength,
        });

        // HTML ignores "/>" on its own elements, but SVG children and custom elements use it to mean "empty".
        if (HtmlTags.IsVoid(tag) || (tokenizer.IsSelfClosing && tag == HtmlTag.Unknown))
        {
            _nodes[index].End = index + 1;
            return;
        }

        Push(index, nameId);
    }

    // Body content never belongs in <head>: pages that omit </head> or <body> would otherwise hide their text
    // inside an element that renderers skip. As in the spec, such content closes the head.
    private void LeaveHeadIfNeeded(HtmlTag tag)
    {
        if (CurrentTag == HtmlTag.Head && tag is not (HtmlTag.Meta or HtmlTag.Link or HtmlTag.Title or HtmlTag.Script or HtmlTag.Style
            or HtmlTag.Base or HtmlTag.Noscript or HtmlTag.Template))
        {
            Pop();
        }
    }

    private bool IsRepeatedSingleton(HtmlTag tag)
    {
        switch (tag)
        {
            case HtmlTag.Html:
                var sawHtml = _sawHtml;
                _sawHtml = true;
                return sawHtml;
            case HtmlTag.Head:
                var sawHead = _sawHead;
                _sawHead = true;
                return sawHead;
            case HtmlTag.Body:
                var sawBody = _sawBody;
                _sawBody = true;
                return sawBody;
            default:
                return false;
        }
    }

    // Only the current node is inspected, which covers real pages ("<p>a<p>b", "<li>a<li>b") in constant time.
    private void ImplyEndTags(HtmlTag tag)
    {
        if (HtmlTags.IsBlock(tag) && CurrentTag == HtmlTag.P)
        {
            Pop();
        }

        switch (tag)
        {
            case HtmlTag.Li:
                PopIfCurrent(HtmlTag.Li);
                break;
            case HtmlTag.Dt:
            case HtmlTag.Dd:
                PopIfCurrent(HtmlTag.Dt);
                PopIfCurrent(HtmlTag.Dd);
                break;
            case HtmlTag.Tr:
                PopIfCurrent(HtmlTag.Td);
                PopIfCurrent(HtmlTag.Th);
                PopIfCurrent(HtmlTag.Tr);
                break;
            case HtmlTag.Td:
            case HtmlTag.Th:
                PopIfCurrent(HtmlTag.Td);
                PopIfCurrent(HtmlTag.Th);
                break;
            case HtmlTag.Option:
                PopIfCurrent(HtmlTag.Option);
                break;
            case HtmlTag.H1 or HtmlTag.H2 or HtmlTag.H3 or HtmlTag.H4 or HtmlTag.H5 or HtmlTag.H6:
                if (HtmlTags.IsHeading(CurrentTag))
                {
                    Pop();
                }

                break;
            default:
                break;
        }
    }

    private HtmlTag CurrentTag => _nodes[_open[_depth - 1]].Tag;

    private void PopIfCurrent(HtmlTag tag)
    {
        if (_depth > 1 && CurrentTag == tag)
        {
            Pop();
        }
    }

    private void OnEndTag(ReadOnlySpan<char> name)
    {
        var tag = HtmlTags.Lookup(name);
        switch (tag)
        {
            case HtmlTag.Br:
                // "</br>" is a line break in every browser.
                var index = Add(new HtmlNode { Kind = HtmlNodeKind.Element, Tag = HtmlTag.Br, NameId = (int)HtmlTag.Br, Parent = _open[_depth - 1] });
                _nodes[index].End = index + 1;
                return;
            case HtmlTag.Body or HtmlTag.Html:
                // Content after "</body>" still belongs to the body; closing early would orphan it.
                return;
            default:
                break;
        }

        int nameId;
        if (tag != HtmlTag.Unknown)
        {
            nameId = (int)tag;
        }
        else if (!_unknownNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out nameId))
        {
            return;
        }

        if (_openPerName[nameId] == 0)
        {
            return;
        }

        while (_depth > 1)
        {
            var popped = Pop();
            if (_nodes[popped].NameId == nameId)
            {
                return;
            }
        }
    }

    private void OnText(int start, int length, bool hasReferences)
    {
        if (length == 0)
        {
            return;
        }

        if (CurrentTag == HtmlTag.Head && !_source.AsSpan(start, length).IsWhiteSpace())
        {
            Pop();
        }

        var parent = _open[_depth - 1];
        var index = Add(new HtmlNode
        {
            Kind = HtmlNodeKind.Text,
            Parent = parent,
            NameId = -1,
            SourceStart = start,
            SourceLength = length,
            TextHasReferences = hasReferences,
        });
        _nodes[index].End = index + 1;

        if (_nodes[parent].Tag is not (HtmlTag.Script or HtmlTag.Style or HtmlTag.Template or HtmlTag.Noscript or HtmlTag.Title or HtmlTag.Textarea or HtmlTag.Iframe))
        {
            var readable = CountNonBlank(_source.AsSpan(start, length));
            _nodes[parent].TextLength += readable;
            if (_openPerName[(int)HtmlTag.A] > 0)
            {
                _nodes[parent].LinkTextLength += readable;
            }
        }
    }

    private static int CountNonBlank(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }

    private int UnknownNameId(ReadOnlySpan<char> name)
    {
        var lookup = _unknownNames.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(name, out var id))
        {
            id = KnownNameCount + _unknownNames.Count;
            _unknownNames.Add(name.ToString(), id);
        }

        return id;
    }

    private int Add(HtmlNode node)
    {
        if (_count == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        _nodes[_count] = node;
        return _count++;
    }

    private void Push(int index, int nameId)
    {
        if (_depth == _open.Length)
        {
            Array.Resize(ref _open, _open.Length * 2);
        }

        if (nameId >= _openPerName.Length)
        {
            Array.Resize(ref _openPerName, Math.Max(nameId + 1, _openPerName.Length * 2));
        }

        _open[_depth++] = index;
        _openPerName[nameId]++;
    }

    private int Pop()
    {
        var index = _open[--_depth];
        ref var node = ref _nodes[index];
        node.End = _count;
        _openPerName[node.NameId]--;
        ref var parent = ref _nodes[_open[_depth - 1]];
        parent.TextLength += node.TextLength;
        parent.LinkTextLength += node.LinkTextLength;
        return index;
    }
}
