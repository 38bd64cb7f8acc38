using NewsTrace.Extraction.Html;

namespace NewsTrace.Tests.Extraction.Html;

public class HtmlTokenizerTests
{
    private static List<string> Tokens(string html)
    {
        var tokens = new List<string>();
        var tokenizer = new HtmlTokenizer(html);
        while (tokenizer.Read())
        {
            tokens.Add(tokenizer.Kind switch
            {
                HtmlTokenKind.StartTag => "<" + tokenizer.Name.ToString().ToLowerInvariant() + (tokenizer.IsSelfClosing ? "/>" : ">"),
                HtmlTokenKind.EndTag => "</" + tokenizer.Name.ToString().ToLowerInvariant() + ">",
                HtmlTokenKind.Text => "T:" + tokenizer.GetText(),
                HtmlTokenKind.Comment => "C:" + tokenizer.Content.ToString(),
                HtmlTokenKind.Doctype => "D:" + tokenizer.Content.ToString(),
                HtmlTokenKind.CData => "X:" + tokenizer.Content.ToString(),
                _ => "?",
            });
        }

        return tokens;
    }

    [Fact]
    public void Lexes_tags_text_comments_and_doctype()
    {
        Assert.Equal(
            ["D: html", "<p>", "T:Hello ", "<b>", "T:world", "</b>", "C: note ", "</p>"],
            Tokens("<!DOCTYPE html><P>Hello <b>world</B><!-- note --></p>"));
    }

    [Fact]
    public void Script_content_is_raw_text_up_to_its_own_end_tag()
    {
        Assert.Equal(
            ["<script>", "T:if (a < b && c) { x = '</div>'; }", "</script>", "T:after"],
            Tokens("<script>if (a < b && c) { x = '</div>'; }</SCRIPT >after"));
    }

    [Fact]
    public void Title_is_raw_text_with_live_references()
        => Assert.Equal(["<title>", "T:A <b> & B", "</title>"], Tokens("<title>A <b> &amp; B</title>"));

    [Fact]
    public void Unclosed_script_runs_to_the_end()
        => Assert.Equal(["<script>", "T:var x = 1; <p>not markup"], Tokens("<script>var x = 1; <p>not markup"));

    [Fact]
    public void Stray_less_than_signs_are_text()
        => Assert.Equal(["T:1 < 2 and 3 <= 4 <", "<i>", "T:ok"], Tokens("1 < 2 and 3 <= 4 <<i>ok"));

    [Fact]
    public void Cdata_and_bogus_comments()
        => Assert.Equal(["X:a<b", "C:?xml version=\"1.0\"?", "C: 3 "], Tokens("<![CDATA[a<b]]><?xml version=\"1.0\"?></ 3 >"));

    [Fact]
    public void Unterminated_comment_runs_to_the_end()
        => Assert.Equal(["T:x", "C: never closed <p>"], Tokens("x<!-- never closed <p>"));

    [Fact]
    public void Entities_are_decoded_in_text()
        => Assert.Equal(["T:Tom & Jerry’s “show” ’ é"], Tokens("Tom &amp; Jerry&#8217;s &ldquo;show&rdquo; &#x2019; &eacute;"));

    [Fact]
    public void Attributes_are_read_lazily_in_all_quoting_styles()
    {
        var tokenizer = new HtmlTokenizer("<a href=\"/x?a=1&amp;b=2\" data-x='it\"s' title=plain checked class = spaced>");
        Assert.True(tokenizer.Read());
        Assert.Equal("/x?a=1&b=2", tokenizer.GetAttribute("HREF"));
        Assert.Equal("it\"s", tokenizer.GetAttribute("data-x"));
        Assert.Equal("plain", tokenizer.GetAttribute("title"));
        Assert.Equal("", tokenizer.GetAttribute("checked"));
        Assert.Equal("spaced", tokenizer.GetAttribute("class"));
        Assert.Null(tokenizer.GetAttribute("missing"));

        var names = new List<string>();
        foreach (var attribute in tokenizer.Attributes)
        {
            names.Add(attribute.Name.ToString());
        }

        Assert.Equal(["href", "data-x", "title", "checked", "class"], names);
    }

    [Fact]
    public void A_quoted_greater_than_does_not_end_the_tag()
    {
        var tokenizer = new HtmlTokenizer("<img alt=\"a > b\" src=x.png>after");
        Assert.True(tokenizer.Read());
        Assert.Equal("a > b", tokenizer.GetAttribute("alt"));
        Assert.Equal("x.png", tokenizer.GetAttribute("src"));
        Assert.True(tokenizer.Read());
        Assert.Equal("after", tokenizer.GetText());
    }

    [Fact]
    public void Self_closing_slash_is_reported_but_not_an_unquoted_value_slash()
    {
        Assert.Equal(["<br/>", "<a>"], Tokens("<br/><a href=/>"));
    }

    [Fact]
    public void Tokens_report_their_offsets()
    {
        var tokenizer = new HtmlTokenizer("ab<i>cd</i>");
        Assert.True(tokenizer.Read());
        Assert.Equal((0, 2), (tokenizer.TokenStart, tokenizer.TokenEnd));
        Assert.True(tokenizer.Read());
        Assert.Equal((2, 5), (tokenizer.TokenStart, tokenizer.TokenEnd));
    }
}
