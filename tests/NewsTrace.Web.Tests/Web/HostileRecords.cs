using System.Text.Json;

namespace NewsTrace.Web.Tests.Web;

/// <summary>
/// Articles written to attack the pages that show them: script tags, javascript: links, event-handler attributes,
/// a closing script tag, markup in every metadata field, and a huge title. Written for these tests (no real page).
/// </summary>
internal static class HostileRecords
{
    public const string Marker = "Zanzibarian";

    public static string Json()
    {
        var hugeTitle = "<script>window.__pwned='title'</script>" + string.Concat(Enumerable.Repeat("Enormous headline words ", 8000));
        var records = new object[]
        {
            new
            {
                id = "hostile-html",
                url = "javascript:alert(document.domain)",
                title = "<script>window.__pwned='script'</script> Evil headline <img src=x onerror=\"window.__pwned='img'\">",
                site = "\"><svg onload=alert(3)>",
                published = "2024-10-16",
                authors = new[] { "<b onmouseover=alert(4)>Mallory</b>" },
                html = "<html><head><title>x</title><style>body{display:none}</style><script>window.__pwned='head'</script></head><body><article>"
                    + "<h1>Evil headline</h1><p>The " + Marker + " minister Arkadiy Velichko said \"we will <script>window.__pwned='body'</script> rebuild the bridge\" on Monday, 14 October.</p>"
                    + "<p><a href=\"javascript:alert(5)\">click me</a> <img src=x onerror=alert(6)> The text goes on past a closing tag and an event handler <div onclick=alert(8)>here</div> in the middle of the paragraph.</p>"
                    + "<p>More ordinary sentences follow, so the extractor keeps this body as the text of the article for the test to look at.</p></article></body></html>",
            },
            new
            {
                id = "hostile-text",
                url = "https://example.org/news/ok?x=1&y=\"2\"",
                title = "Plain " + Marker + " report </script><script>window.__pwned='text-title'</script>",
                site = "Example Outlet",
                published = "2024-10-17",
                text = "The " + Marker + " council met on Tuesday. A member wrote <script>window.__pwned='text'</script> in the minutes and "
                    + "</script><img src=x onerror=\"window.__pwned='text-img'\"> after it, then a link javascript:alert(9) and <a href=\"javascript:alert(10)\">this</a>.\n\n"
                    + "\"We will not be intimidated <iframe src=//evil.example></iframe>,\" said the chair, Ilse Varga, on Wednesday.",
            },
            new
            {
                id = "hostile-huge",
                title = hugeTitle,
                site = "Example Outlet",
                published = "2024-10-18",
                text = "The " + Marker + " story with an enormous headline continues here in ordinary words for the reader to see.",
            },
        };
        return JsonSerializer.Serialize(records);
    }
}
