namespace NewsTrace.Extraction.Html;

/// <summary>What an <see cref="HtmlTokenizer"/> token is.</summary>
public enum HtmlTokenKind
{
    /// <summary>No token yet, or the input is exhausted.</summary>
    None,

    /// <summary>An opening tag such as <c>&lt;p class="x"&gt;</c>.</summary>
    StartTag,

    /// <summary>A closing tag such as <c>&lt;/p&gt;</c>.</summary>
    EndTag,

    /// <summary>A run of character data between tags.</summary>
    Text,

    /// <summary>A comment, or a bogus construct the HTML spec parses as one (<c>&lt;?xml …&gt;</c>).</summary>
    Comment,

    /// <summary>A <c>&lt;!DOCTYPE …&gt;</c>.</summary>
    Doctype,

    /// <summary>A <c>&lt;![CDATA[ … ]]&gt;</c> section; its content is literal text.</summary>
    CData,
}
