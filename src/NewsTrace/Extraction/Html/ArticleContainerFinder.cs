namespace NewsTrace.Extraction.Html;

/// <summary>
/// Chooses the element that holds the article: an itemprop="articleBody" element, else an &lt;article&gt;,
/// else &lt;main&gt;, else &lt;body&gt; (the one with the most text where there are several). A candidate that holds
/// only a sliver of the page's text (a teaser list of &lt;article&gt; cards) is passed over.
/// </summary>
public static class ArticleContainerFinder
{
    // Below this share of the body's text a candidate is a teaser or widget, not the article (unless it is long itself).
    private const double MinimumShareOfBody = 0.15;
    private const int LongEnoughOnItsOwn = 1500;

    public static int Find(HtmlDocument document, ElementRoles roles)
    {
        var body = document.FindFirst(HtmlTag.Body);
        var root = body >= 0 ? body : 0;
        var bodyText = document[root].TextLength;

        var articleBody = -1;
        var article = -1;
        var main = -1;
        for (var i = 0; i < document.Count; i++)
        {
            ref readonly var node = ref document[i];
            if (node.Kind != HtmlNodeKind.Element)
            {
                continue;
            }

            if (node.Tag == HtmlTag.Article)
            {
                article = MoreText(document, article, i);
            }
            else if (node.Tag == HtmlTag.Main)
            {
                main = MoreText(document, main, i);
            }

            if (roles.Has(i, ElementRole.ArticleBody))
            {
                articleBody = MoreText(document, articleBody, i);
            }
        }

        foreach (var candidate in (ReadOnlySpan<int>)[articleBody, article, main])
        {
            if (candidate >= 0 && IsSubstantial(document[candidate].TextLength, bodyText))
            {
                return candidate;
            }
        }

        return root;
    }

    private static int MoreText(HtmlDocument document, int best, int candidate)
        => best < 0 || document[candidate].TextLength > document[best].TextLength ? candidate : best;

    private static bool IsSubstantial(int text, int bodyText)
        => text > 0 && (text >= LongEnoughOnItsOwn || text >= bodyText * MinimumShareOfBody);
}
