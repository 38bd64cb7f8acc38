namespace NewsTrace.Extraction.Html;

/// <summary>
/// Renders the readable text of one element: block elements become line breaks or paragraph breaks, inline markup
/// disappears, and non-content (scripts, forms, navigation, headers and footers, and elements whose class or id
/// marks them as chrome or comments) is left out. The walk is a loop over the flat node array with a stack of
/// open blocks, so depth costs no call stack.
/// </summary>
public static class HtmlTextRenderer
{
    // Chrome is dropped unless it holds most of the container's text: some sites wrap the whole article in a <form>
    // (ASP.NET) or a <header>, or give the article's wrapper a class like "has-sidebar".
    private const double ChromeMaximumShare = 0.6;

    // Above this share of link text an element is a menu or a list of links, whatever its size.
    private const double LinkListDensity = 0.5;

    // A block without a telling class or tag needs to be almost all links before it is taken for navigation.
    private const double LinkBlockDensity = 0.75;

    /// <param name="document">The parsed page.</param>
    /// <param name="roles">The roles of the page's elements.</param>
    /// <param name="container">The element to render.</param>
    /// <param name="dropLinkBlocks">Leave out blocks made mostly of links (menus, link lists); off for pages that are nothing but links.</param>
    public static string Render(HtmlDocument document, ElementRoles roles, int container, bool dropLinkBlocks = true)
    {
        var writer = new TextBlockWriter();
        var containerNode = document[container];
        var containerText = Math.Max(1, containerNode.TextLength);
        var openBlocks = new Stack<(int End, int BlankLines)>();
        var preformattedUntil = -1;

        for (var i = container + 1; i < containerNode.End; i++)
        {
            while (openBlocks.Count > 0 && openBlocks.Peek().End <= i)
            {
                writer.Break(openBlocks.Pop().BlankLines);
            }

            ref readonly var node = ref document[i];
            if (node.Kind == HtmlNodeKind.Text)
            {
                // Only text with a character reference needs a decoded copy; the rest is appended straight from the page.
                var raw = document.RawText(i);
                var text = node.TextHasReferences && raw.Contains('&') ? HtmlText.Decode(raw).AsSpan() : raw;
                if (i < preformattedUntil)
                {
                    writer.AppendPreformatted(text);
                }
                else
                {
                    writer.Append(text);
                }

                continue;
            }

            if (IsSkipped(document, roles, i, containerText, dropLinkBlocks))
            {
                i = node.End - 1;
                continue;
            }

            switch (node.Tag)
            {
                case HtmlTag.Br:
                    writer.Break(0);
                    continue;
                case HtmlTag.Hr:
                    writer.Break(1);
                    continue;
                case HtmlTag.Td or HtmlTag.Th:
                    writer.Space();
                    continue;
                case HtmlTag.Pre or HtmlTag.Xmp or HtmlTag.Plaintext:
                    preformattedUntil = Math.Max(preformattedUntil, node.End);
                    break;
                default:
                    break;
            }

            if (HtmlTags.IsBlock(node.Tag) || node.Tag is HtmlTag.Dd or HtmlTag.Dt or HtmlTag.Tr)
            {
                var blankLines = node.Tag is HtmlTag.Li or HtmlTag.Dt or HtmlTag.Dd or HtmlTag.Tr ? 0 : 1;
                writer.Break(blankLines);
                openBlocks.Push((node.End, blankLines));
            }
        }

        return writer.ToString();
    }

    private static bool IsSkipped(HtmlDocument document, ElementRoles roles, int index, int containerText, bool dropLinkBlocks)
    {
        ref readonly var node = ref document[index];
        switch (node.Tag)
        {
            case HtmlTag.Script or HtmlTag.Style or HtmlTag.Noscript or HtmlTag.Template or HtmlTag.Svg or HtmlTag.Math
                or HtmlTag.Button or HtmlTag.Iframe or HtmlTag.Select or HtmlTag.Textarea or HtmlTag.Input or HtmlTag.Object
                or HtmlTag.Embed or HtmlTag.Canvas or HtmlTag.Video or HtmlTag.Audio or HtmlTag.Dialog or HtmlTag.Head
                or HtmlTag.Title or HtmlTag.Noembed or HtmlTag.Noframes:
                return true;
            case HtmlTag.Nav or HtmlTag.Header or HtmlTag.Footer or HtmlTag.Aside or HtmlTag.Form:
                return IsChromeSized(node, containerText);
            default:
                break;
        }

        // React streams server-rendered content in <div hidden> blocks that script moves into place, so hidden
        // elements are dropped only when they are not where the text is.
        var role = roles[index];
        if ((role & ElementRole.SkipName) != 0 && node.Tag == HtmlTag.A)
        {
            return true;
        }

        if ((role & ElementRole.Hidden) != 0 && IsChromeSized(node, containerText))
        {
            return true;
        }

        // A list or block made mostly of links is a menu, a tag cloud or a "read more" list, whatever its class.
        if (dropLinkBlocks && node.Tag is HtmlTag.Ul or HtmlTag.Ol or HtmlTag.Div or HtmlTag.Section or HtmlTag.Table or HtmlTag.P or HtmlTag.Dl
            && node.LinkDensity > LinkBlockDensity && node.TextLength <= containerText * ChromeMaximumShare)
        {
            return true;
        }

        return (role & ElementRole.Chrome) != 0
            && ((role & ElementRole.ContentName) == 0 || node.LinkDensity > LinkListDensity)
            && IsChromeSized(node, containerText);
    }

    // Chrome is small next to the article or made of links; an element holding most of the text is the article
    // itself, whatever it is called (a <header> wrapping the story, an ASP.NET <form> around the page).
    private static bool IsChromeSized(in HtmlNode node, int containerText)
        => node.TextLength <= containerText * ChromeMaximumShare || node.LinkDensity > LinkListDensity;
}
