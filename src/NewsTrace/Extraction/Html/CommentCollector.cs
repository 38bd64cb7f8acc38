using System.Collections.Immutable;

namespace NewsTrace.Extraction.Html;

/// <summary>
/// Finds reader-comment sections (class or id "comments", "comment-list", Disqus) and the text of each comment in
/// them: the innermost elements marked as a comment or its body, leaving out author lines, dates and reply links.
/// </summary>
public static class CommentCollector
{
    /// <param name="document">The parsed page.</param>
    /// <param name="container">The article container: a section around it is not a comment section.</param>
    public static ImmutableArray<string> Collect(HtmlDocument document, int container)
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

            if (BoilerplateNames.IsCommentSection(ClassWords(document, i)))
            {
                CollectItems(document, i, comments);
                i = node.End - 1;
            }
        }

        return comments.ToImmutable();
    }

    /// <summary>The words of an element's class and id.</summary>
    public static List<string> ClassWords(HtmlDocument document, int index)
        => BoilerplateNames.Words(document.GetAttribute(index, "class"), document.GetAttribute(index, "id"));

    private static void CollectItems(HtmlDocument document, int section, ImmutableArray<string>.Builder comments)
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

            if (BoilerplateNames.IsCommentItem(ClassWords(document, i)))
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
