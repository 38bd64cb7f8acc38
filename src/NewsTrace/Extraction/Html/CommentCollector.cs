using System.Collections.Immutable;

namespace NewsTrace.Extraction.Html;

/// <summary>
/// Finds reader-comment sections (class or id "comments", "comment-list", Disqus) and the text of each comment in
/// them: the innermost elements marked as a comment or its body, leaving out author lines, dates and reply links.
/// </summary>
public static class CommentCollector
{
    /// <param name="document">The parsed page.</param>
    /// <param name="roles">The roles of the page's elements.</param>
    /// <param name="container">The article container: a section around it is not a comment section.</param>
    public static ImmutableArray<string> Collect(HtmlDocument document, ElementRoles roles, int container)
    {
        var comments = ImmutableArray.CreateBuilder<string>();
        var containerEnd = document[container].End;
        for (var i = 0; i < document.Count; i++)
        {
            ref readonly var node = ref document[i];
            if (node.Kind != HtmlNodeKind.Element || (i <= container && node.End >= containerEnd))
            {
                continue;
            }

            if (roles.Has(i, ElementRole.CommentSection))
            {
                CollectItems(document, roles, i, comments);
                i = node.End - 1;
            }
        }

        return comments.ToImmutable();
    }

    private static void CollectItems(HtmlDocument document, ElementRoles roles, int section, ImmutableArray<string>.Builder comments)
    {
        var end = document[section].End;
        var items = new List<int>();
        for (var i = section + 1; i < end; i++)
        {
            ref readonly var node = ref document[i];
            if (node.Kind != HtmlNodeKind.Element)
            {
                continue;
            }

            if (node.Tag is HtmlTag.Form or HtmlTag.Script or HtmlTag.Style or HtmlTag.Template)
            {
                i = node.End - 1;
                continue;
            }

            if (roles.Has(i, ElementRole.CommentItem))
            {
                items.Add(i);
            }
        }

        // Items come in document order, so an item is innermost exactly when the next item starts after its subtree.
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            if (k + 1 < items.Count && items[k + 1] < document[item].End)
            {
                continue;
            }

            var text = document.GetInnerText(item);
            if (text.Length > 0)
            {
                comments.Add(TextNormalization.ToNfc(text));
            }
        }
    }
}
