using NewsTrace.Extraction.Html;

namespace NewsTrace.Tests.Extraction.Html;

public class HtmlDocumentTests
{
    [Fact]
    public void Nodes_are_in_document_order_with_subtree_ends()
    {
        var document = HtmlDocument.Parse("<div><p>a</p><p>b</p></div>");
        var div = document.FindFirst(HtmlTag.Div);
        Assert.Equal(1, div);
        Assert.Equal(document.Count, document[div].End);
        var secondP = document.FindFirst(HtmlTag.P, div + 2);
        Assert.Equal(div, document[secondP].Parent);
        Assert.Equal("a b", document.GetInnerText(div));
    }

    [Fact]
    public void Paragraphs_and_list_items_close_implicitly()
    {
        var document = HtmlDocument.Parse("<p>one<p>two<ul><li>x<li>y</ul>");
        var firstP = document.FindFirst(HtmlTag.P);
        Assert.Equal("one", document.GetInnerText(firstP));
        var ul = document.FindFirst(HtmlTag.Ul);
        Assert.Equal(0, document[ul].Parent);
        var firstLi = document.FindFirst(HtmlTag.Li);
        Assert.Equal("x", document.GetInnerText(firstLi));
    }

    [Fact]
    public void Unmatched_end_tags_are_ignored_and_unclosed_tags_close_at_the_end()
    {
        var document = HtmlDocument.Parse("</span><div><b>bold<i>both</div>tail</i>");
        var div = document.FindFirst(HtmlTag.Div);
        Assert.Equal("bold both", document.GetInnerText(div));
        Assert.Equal("bold both tail", document.GetInnerText(0));
    }

    [Fact]
    public void Deeply_nested_markup_builds_without_recursion()
    {
        const int depth = 100_000;
        var html = string.Concat(Enumerable.Repeat("<div>", depth)) + "deep" + string.Concat(Enumerable.Repeat("</div>", depth));

        var document = HtmlDocument.Parse(html);

        Assert.Equal(depth + 2, document.Count);
        Assert.Equal("deep", document.GetInnerText(0));
        Assert.Equal(depth, document[document.Count - 1].Parent);
    }

    [Fact]
    public void Text_length_counts_readable_characters_only()
    {
        var document = HtmlDocument.Parse("<body><p>ab cd</p><script>lots of code here</script></body>");
        Assert.Equal(4, document[document.FindFirst(HtmlTag.Body)].TextLength);
    }

    [Fact]
    public void Body_content_closes_an_unclosed_head()
    {
        var document = HtmlDocument.Parse("<html><head><title>T</title><meta charset=utf-8><div>content</div>");
        var head = document.FindFirst(HtmlTag.Head);
        var div = document.FindFirst(HtmlTag.Div);
        Assert.NotEqual(head, document[div].Parent);
        Assert.Equal("T", document.GetInnerText(head));

        var bare = HtmlDocument.Parse("<head><title>T</title>loose text");
        Assert.Equal("T", bare.GetInnerText(bare.FindFirst(HtmlTag.Head)));
    }
}
