using System.Globalization;
using System.Text;

namespace NewsTrace.Benchmarks;

/// <summary>
/// Builds realistic news pages for extraction benchmarks, shaped like what publishers serve: a large head (meta and
/// Open Graph tags, preload links, JSON-LD, inline analytics scripts and style sheets), a header with nested menus, a
/// cookie banner, breadcrumbs, the article (headline, byline, date, figure, 10 to 30 paragraphs with links and inline
/// ads), related links, reader comments, a footer, and trailing inline state scripts. Inline script and style padding
/// brings each page to a size drawn around <see cref="AverageBytes"/> (real pages are mostly markup and code, little
/// text). The paragraphs come from <see cref="NewsTextGenerator"/>. A fixed seed makes every run build the same pages.
/// </summary>
internal static class NewsPageGenerator
{
    public const int AverageBytes = 170_000;

    private static readonly string[] Sections = ["World", "Politics", "Business", "Markets", "Technology", "Science", "Health", "Sport", "Culture", "Opinion", "Travel", "Climate"];
    private static readonly string[] Authors = ["Mira Kovac", "Daniel Osei", "Lena Brandt", "Tomas Reyes", "Aiko Tanaka", "Priya Raman", "Jonah Weller"];
    private static readonly string[] Commenters = ["harbourwatcher", "kestrel_77", "J. Moreau", "old_tram_fan", "Nadia P.", "river-runner", "quietreader"];

    public static IReadOnlyList<byte[]> Generate(int count, int seed = 20240914)
    {
        var random = new Random(seed);
        var paragraphs = NewsTextGenerator.Generate(600_000)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Contains('\n', StringComparison.Ordinal) ? p[(p.IndexOf('\n', StringComparison.Ordinal) + 1)..] : p)
            .ToArray();
        var pages = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
        {
            // Sizes from 60% to 140% of the average, uniformly, so the mean stays at the average.
            var target = (int)(AverageBytes * (0.6 + (0.8 * random.NextDouble())));
            pages.Add(Encoding.UTF8.GetBytes(Page(random, paragraphs, i, target)));
        }

        return pages;
    }

    private static string Page(Random random, string[] paragraphs, int number, int targetBytes)
    {
        var section = Pick(random, Sections);
        var author = Pick(random, Authors);
        var day = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 365));
        var articleParagraphs = Enumerable.Range(0, random.Next(10, 31)).Select(_ => Pick(random, paragraphs)).ToList();
        var headline = Headline(articleParagraphs[0]);
        var slug = string.Join('-', headline.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8)).Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        var url = $"https://www.coastline-daily.test/{section.ToLowerInvariant()}/{day:yyyy/MM/dd}/{slug}-{number}";

        var head = new StringBuilder();
        var body = new StringBuilder();
        Head(head, random, headline, author, day, url, section, articleParagraphs[0]);
        Body(body, random, headline, author, day, section, articleParagraphs, paragraphs);

        // Real pages are mostly markup and code: in the WCXB dev pages about 40% of the bytes are attributes (utility
        // class lists, data- attributes, srcset, SVG paths) and 38% inline script and style, over about 1,000 elements.
        // Pad the same way: promo cards in a "more stories" rail, and inline code until it is 40% of the page.
        var fixedBytes = Encoding.UTF8.GetByteCount(head.ToString()) + Encoding.UTF8.GetByteCount(body.ToString()) + 400;
        var cards = new StringBuilder();
        var code = new StringBuilder();
        var block = 0;
        while (fixedBytes + cards.Length + code.Length < targetBytes)
        {
            if (code.Length < 0.4 * (fixedBytes + cards.Length + code.Length))
            {
                code.Append(block++ % 3 == 0 ? InlineStyle(random) : InlineScript(random));
            }
            else
            {
                PromoCard(cards, random, Headline(Pick(random, paragraphs)), cards.Length);
            }
        }

        // Split the code between head and end of body at a block boundary, never inside a script.
        var half = code.ToString().IndexOf("<s", code.Length / 2, StringComparison.Ordinal);
        var split = half < 0 ? code.Length : half;
        return new StringBuilder(targetBytes + 4096)
            .Append("<!DOCTYPE html>\n<html lang=\"en\" class=\"no-js\">\n<head>\n")
            .Append(head)
            .Append(code, 0, split)
            .Append("</head>\n<body class=\"article-page template-story section-").Append(section.ToLowerInvariant()).Append("\">\n")
            .Append(body)
            .Append("<section class=\"more-stories grid grid-cols-1 gap-4 md:grid-cols-2 lg:grid-cols-3\" data-component=\"MoreStories\"><h2 class=\"text-lg font-bold\">More stories</h2>\n")
            .Append(cards)
            .Append("</section>\n")
            .Append(code, split, code.Length - split)
            .Append("</body>\n</html>\n")
            .ToString();
    }

    private static void PromoCard(StringBuilder cards, Random random, string headline, int position)
    {
        var image = random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture);
        var story = random.Next(1000, 99999).ToString(CultureInfo.InvariantCulture);
        var section = Pick(random, Sections);
        cards.Append("<div class=\"flex flex-col gap-2 md:flex-row md:gap-4 items-start rounded-lg border border-gray-200 bg-white p-3 shadow-sm hover:shadow-md transition-shadow duration-200 card card--promo\" data-component=\"PromoCard\" data-track-id=\"promo-")
            .Append(story).Append("\" data-position=\"").Append(position).Append("\">\n<a class=\"block relative overflow-hidden aspect-video w-full md:w-48 shrink-0\" href=\"/")
            .Append(section.ToLowerInvariant()).Append("/story-").Append(story).Append("\" data-link-name=\"promo | ").Append(story).Append("\"><img class=\"object-cover w-full h-full\" loading=\"lazy\" src=\"https://static.coastline-daily.test/images/")
            .Append(image).Append("-320.jpg\" srcset=\"https://static.coastline-daily.test/images/").Append(image).Append("-320.jpg 320w, https://static.coastline-daily.test/images/")
            .Append(image).Append("-640.jpg 640w, https://static.coastline-daily.test/images/").Append(image).Append("-960.jpg 960w, https://static.coastline-daily.test/images/")
            .Append(image).Append("-1280.jpg 1280w\" sizes=\"(min-width: 768px) 12rem, 100vw\" alt=\"\"></a>\n<div class=\"flex flex-col min-w-0\"><span class=\"text-xs font-semibold uppercase tracking-wide text-red-700\">")
            .Append(section).Append("</span>\n<h3 class=\"mt-1 text-base font-bold leading-snug text-gray-900 line-clamp-3\"><a class=\"hover:underline focus:outline-none focus-visible:ring-2\" href=\"/")
            .Append(section.ToLowerInvariant()).Append("/story-").Append(story).Append("\">").Append(headline).Append("</a></h3>\n")
            .Append("<div class=\"flex items-center gap-1 text-xs text-gray-500\"><svg class=\"h-4 w-4 fill-current\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z\"></path></svg><time class=\"whitespace-nowrap\">")
            .Append(random.Next(1, 23)).Append(" hours ago</time></div></div></div>\n");
    }

    private static void Head(StringBuilder head, Random random, string headline, string author, DateOnly day, string url, string section, string lead)
    {
        var description = lead.Length > 160 ? lead[..160] : lead;
        var published = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T" + random.Next(6, 22).ToString("00", CultureInfo.InvariantCulture) + ":15:00+00:00";
        head.Append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(headline).Append(" | ").Append(section).Append(" | Coastline Daily</title>\n")
            .Append("<meta name=\"description\" content=\"").Append(Attribute(description)).Append("\">\n")
            .Append("<meta name=\"author\" content=\"").Append(author).Append("\">\n")
            .Append("<link rel=\"canonical\" href=\"").Append(url).Append("\">\n")
            .Append("<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:site_name\" content=\"Coastline Daily\">\n")
            .Append("<meta property=\"og:title\" content=\"").Append(Attribute(headline)).Append("\">\n")
            .Append("<meta property=\"og:url\" content=\"").Append(url).Append("\">\n")
            .Append("<meta property=\"og:image\" content=\"https://static.coastline-daily.test/images/").Append(random.Next(100000, 999999)).Append(".jpg\">\n")
            .Append("<meta property=\"article:published_time\" content=\"").Append(published).Append("\">\n")
            .Append("<meta property=\"article:section\" content=\"").Append(section).Append("\">\n")
            .Append("<meta name=\"twitter:card\" content=\"summary_large_image\">\n<meta name=\"twitter:site\" content=\"@coastlinedaily\">\n");
        for (var i = 0; i < 12; i++)
        {
            head.Append("<link rel=\"preload\" as=\"script\" href=\"https://static.coastline-daily.test/js/chunk-").Append(random.Next(0x10000, 0xFFFFF).ToString("x", CultureInfo.InvariantCulture)).Append(".js\">\n");
        }

        for (var i = 0; i < 6; i++)
        {
            head.Append("<meta property=\"article:tag\" content=\"").Append(Pick(random, Sections)).Append("\">\n");
        }

        head.Append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"")
            .Append(Json(headline)).Append("\",\"datePublished\":\"").Append(published).Append("\",\"author\":[{\"@type\":\"Person\",\"name\":\"")
            .Append(author).Append("\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Coastline Daily\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://static.coastline-daily.test/logo.png\"}},\"mainEntityOfPage\":\"")
            .Append(url).Append("\",\"description\":\"").Append(Json(description)).Append("\"}</script>\n")
            .Append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\",\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Home\",\"item\":\"https://www.coastline-daily.test/\"},{\"@type\":\"ListItem\",\"position\":2,\"name\":\"")
            .Append(section).Append("\"}]}</script>\n");
    }

    private static void Body(StringBuilder body, Random random, string headline, string author, DateOnly day, string section, List<string> articleParagraphs, string[] paragraphs)
    {
        body.Append("<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n<header class=\"site-header\"><div class=\"logo\"><a href=\"/\">Coastline Daily</a></div>\n<nav class=\"main-nav\" aria-label=\"Main\"><ul class=\"menu\">\n");
        foreach (var name in Sections)
        {
            body.Append("<li class=\"menu-item has-children\"><a href=\"/").Append(name.ToLowerInvariant()).Append("\">").Append(name).Append("</a><ul class=\"sub-menu\">");
            for (var i = 0; i < 5; i++)
            {
                var sub = Pick(random, Sections);
                body.Append("<li class=\"menu-item\"><a href=\"/").Append(name.ToLowerInvariant()).Append('/').Append(sub.ToLowerInvariant()).Append("\">").Append(sub).Append(" in ").Append(name).Append("</a></li>");
            }

            body.Append("</ul></li>\n");
        }

        body.Append("</ul></nav><form class=\"search\" action=\"/search\"><input type=\"search\" name=\"q\" placeholder=\"Search\"><button>Search</button></form></header>\n")
            .Append("<div id=\"cookie-banner\" class=\"cookie-consent\" role=\"dialog\"><p>We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time.</p><button class=\"accept\">Accept all</button><button class=\"reject\">Reject</button><a href=\"/privacy\">Privacy policy</a></div>\n")
            .Append("<div class=\"ad ad-leaderboard\" data-slot=\"top\"><span>Advertisement</span></div>\n")
            .Append("<main id=\"main\"><nav class=\"breadcrumbs\"><a href=\"/\">Home</a> › <a href=\"/").Append(section.ToLowerInvariant()).Append("\">").Append(section).Append("</a></nav>\n")
            .Append("<article class=\"story\" itemscope itemtype=\"https://schema.org/NewsArticle\">\n<header class=\"story-header\"><h1 class=\"headline\" itemprop=\"headline\">").Append(headline).Append("</h1>\n")
            .Append("<div class=\"byline\">By <a rel=\"author\" href=\"/authors/").Append(author.ToLowerInvariant().Replace(' ', '-')).Append("\">").Append(author).Append("</a></div>\n")
            .Append("<time datetime=\"").Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">").Append(day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append("</time>\n")
            .Append("<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a><a href=\"#\">Share on X</a><a href=\"#\">Email</a></div></header>\n")
            .Append("<figure class=\"lead-image\"><img src=\"https://static.coastline-daily.test/images/").Append(random.Next(100000, 999999)).Append(".jpg\" alt=\"\" width=\"1200\" height=\"675\"><figcaption>The scene on Tuesday. Photo: Coastline Daily</figcaption></figure>\n<div class=\"story-body\" itemprop=\"articleBody\">\n");
        for (var i = 0; i < articleParagraphs.Count; i++)
        {
            body.Append("<p>").Append(Linked(random, articleParagraphs[i])).Append("</p>\n");
            if (i % 6 == 5)
            {
                body.Append("<div class=\"ad ad-inline\" data-slot=\"inline-").Append(i).Append("\"><span>Advertisement</span><div id=\"gpt-").Append(random.Next(1000, 9999)).Append("\"></div></div>\n");
            }
        }

        body.Append("</div>\n<div class=\"tags\"><a href=\"/tag/a\">").Append(Pick(random, Sections)).Append("</a> <a href=\"/tag/b\">").Append(Pick(random, Sections)).Append("</a></div>\n</article>\n")
            .Append("<aside class=\"related\"><h2>More from ").Append(section).Append("</h2><ul>\n");
        for (var i = 0; i < 8; i++)
        {
            body.Append("<li><a href=\"/").Append(section.ToLowerInvariant()).Append("/story-").Append(random.Next(1000, 99999)).Append("\">").Append(Headline(Pick(random, paragraphs))).Append("</a></li>\n");
        }

        body.Append("</ul></aside>\n<section id=\"comments\" class=\"comments\"><h2>Comments</h2><ol class=\"comment-list\">\n");
        for (var i = 0; i < random.Next(3, 12); i++)
        {
            var text = Pick(random, paragraphs);
            body.Append("<li class=\"comment\"><div class=\"comment-author\">").Append(Pick(random, Commenters)).Append("</div><div class=\"comment-body\"><p>")
                .Append(text.Length > 300 ? text[..300] : text).Append("</p></div><a class=\"reply\" href=\"#\">Reply</a></li>\n");
        }

        body.Append("</ol></section></main>\n<footer class=\"site-footer\"><div class=\"footer-columns\">\n");
        foreach (var name in Sections)
        {
            body.Append("<ul class=\"footer-links\"><li><a href=\"/").Append(name.ToLowerInvariant()).Append("\">").Append(name).Append("</a></li><li><a href=\"/about\">About us</a></li><li><a href=\"/contact\">Contact</a></li><li><a href=\"/careers\">Careers</a></li></ul>\n");
        }

        body.Append("</div><p class=\"copyright\">© 2024 Coastline Daily. All rights reserved.</p></footer>\n");
    }

    private static string InlineScript(Random random)
    {
        var script = new StringBuilder("<script>\n(function(w,d){var cfg={");
        for (var i = 0; i < 40; i++)
        {
            script.Append("\"k").Append(random.Next(1000, 9999)).Append("\":\"").Append(random.Next(0x100000, 0xFFFFFF).ToString("x", CultureInfo.InvariantCulture)).Append("\",");
        }

        script.Append("\"ready\":true};w.__cd=w.__cd||[];w.__cd.push(cfg);if(d.readyState!==\"loading\"&&cfg.ready){for(var i=0;i<w.__cd.length;i++){w.__cd[i].t=Date.now()}}})(window,document);\n</script>\n");
        return script.ToString();
    }

    private static string InlineStyle(Random random)
    {
        var style = new StringBuilder("<style>\n");
        for (var i = 0; i < 25; i++)
        {
            style.Append(".c").Append(random.Next(1000, 9999)).Append(" .item>a:hover{color:#").Append(random.Next(0x100000, 0xFFFFFF).ToString("x", CultureInfo.InvariantCulture))
                .Append(";margin:0 ").Append(random.Next(0, 24)).Append("px;font:400 16px/1.5 Georgia,serif}\n");
        }

        return style.Append("</style>\n").ToString();
    }

    private static string Linked(Random random, string paragraph)
    {
        var text = Html(paragraph);
        var space = text.IndexOf(' ', Math.Min(text.Length - 1, random.Next(10, 60)));
        if (space < 0 || random.Next(3) != 0)
        {
            return text;
        }

        var next = text.IndexOf(' ', space + 1);
        return next < 0 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..(space + 1)]}<a href=\"/topic/{random.Next(100, 999)}\">{text[(space + 1)..next]}</a>{text[next..]}");
    }

    private static string Headline(string paragraph)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(9);
        return Html(string.Join(' ', words).TrimEnd('.', ',', ';', ':'));
    }

    private static string Html(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static string Attribute(string text) => Html(text).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string Json(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
