using Xunit.Sdk;

namespace NewsTrace.Web.Tests.Web;

/// <summary>The inertness check itself must catch what it is meant to catch.</summary>
public sealed class InertHtmlTests
{
    [Theory]
    [InlineData("<p>x<script>alert(1)</script></p>")]
    [InlineData("<p><img src=x onerror=alert(1)></p>")]
    [InlineData("<div onclick=\"alert(1)\">x</div>")]
    [InlineData("<a href=\" javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html,x\">x</a>")]
    [InlineData("<p style=\"background:url(x)\">x</p>")]
    [InlineData("<link rel=stylesheet href=\"https://evil.example/x.css\">")]
    public void Injected_markup_is_caught(string html) => Assert.ThrowsAny<XunitException>(() => InertHtml.Check(html));

    [Fact]
    public void Encoded_markup_passes() => InertHtml.Check("<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href=\"/articles/x\">x</a></p>");
}
