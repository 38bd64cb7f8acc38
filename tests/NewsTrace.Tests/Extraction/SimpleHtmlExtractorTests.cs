using NewsTrace.Documents;
using NewsTrace.Extraction;

namespace NewsTrace.Tests.Extraction;

public class SimpleHtmlExtractorTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static Article FromFixture() => Extractor.Extract(Inputs.Bytes(File.ReadAllBytes(Inputs.FixturePath("harbour-article.html")), NewsTrace.Ingest.InputFormat.Html));

    [Fact]
    public void Article_text_is_kept_and_chrome_removed()
    {
        var article = FromFixture();

        Assert.StartsWith("Harbour bridge reopens after repairs\n\nBy Mira Okafor and Tomas Lind\n\nThe swing bridge", article.Text, StringComparison.Ordinal);
        Assert.Contains("Ferry crews said they were “relieved”", article.Text, StringComparison.Ordinal);
        Assert.Contains("harbour master’s office", article.Text, StringComparison.Ordinal);
        Assert.Contains("£1.2 million", article.Text, StringComparison.Ordinal);
        foreach (var chrome in (string[])["Sports", "cookies", "Share on Facebook", "Council budget vote", "Copyright", "never show this", "Post comment", "commute"])
        {
            Assert.DoesNotContain(chrome, article.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Paragraphs_are_separated_by_one_blank_line()
    {
        var article = FromFixture();
        Assert.DoesNotContain("\n\n\n", article.Text, StringComparison.Ordinal);
        Assert.Equal(5, article.Text.Split("\n\n").Length);
    }

    [Fact]
    public void Metadata_comes_from_json_ld_and_meta_tags()
    {
        var metadata = FromFixture().Metadata;

        Assert.Equal("Harbour bridge reopens after repairs", metadata.Title);
        Assert.Equal(["Mira Okafor", "Tomas Lind"], metadata.Authors.ToArray());
        Assert.Equal("2021-03-15T07:45:00+00:00", metadata.Published.ToString());
        Assert.Equal("The Coastal Ledger", metadata.Site);
        Assert.Equal("https://www.coastal-ledger.example/news/2021/03/14/harbour-bridge", metadata.Url);
        Assert.Equal("en", metadata.Language);
        Assert.Equal("test.input", metadata.Source);
    }

    [Fact]
    public void Comments_are_captured_apart_from_the_text()
    {
        var article = FromFixture();
        Assert.Equal(["About time, the detour added half an hour to my commute.", "Good work by the repair crew."], article.Comments.ToArray());
    }

    [Fact]
    public void Container_metadata_wins_where_present()
    {
        var given = new ArticleMetadata
        {
            Source = "feed.xml#3",
            RecordId = "r-17",
            Title = "Bridge open again",
            Extra = ArticleMetadata.Empty.Extra.Add("section", "local"),
        };

        var metadata = Extractor.Extract(Inputs.Bytes(File.ReadAllBytes(Inputs.FixturePath("harbour-article.html")), NewsTrace.Ingest.InputFormat.Html, given)).Metadata;

        Assert.Equal("Bridge open again", metadata.Title);
        Assert.Equal("feed.xml#3", metadata.Source);
        Assert.Equal("r-17", metadata.RecordId);
        Assert.Equal("local", metadata.Extra["section"]);
        Assert.Equal(["Mira Okafor", "Tomas Lind"], metadata.Authors.ToArray());
    }

    [Fact]
    public void Article_element_is_preferred_over_the_rest_of_the_body()
    {
        var article = Extractor.Extract(Inputs.Html(
            "<body><div class=\"promo-strip\">Unrelated teaser text that is fairly long, about a different story entirely.</div>"
            + "<div>Site-wide notice about the new print edition, printed every day.</div>"
            + "<article><p>The real article text is here and it is the part we want to keep for readers.</p></article></body>"));

        Assert.Equal("The real article text is here and it is the part we want to keep for readers.", article.Text);
    }

    [Fact]
    public void ArticleBody_itemprop_wins_over_article_element()
    {
        var article = Extractor.Extract(Inputs.Html(
            "<article><h2>Section heading of the outer wrapper</h2><div itemprop=\"articleBody\"><p>Body paragraph one.</p><p>Body paragraph two.</p></div></article>"));

        Assert.Equal("Body paragraph one.\n\nBody paragraph two.", article.Text);
    }

    [Fact]
    public void Body_is_used_when_there_is_no_article_or_main()
    {
        var article = Extractor.Extract(Inputs.Html("<html><body><nav>Menu</nav><p>Only   body\n text.</p><p>Second&nbsp;line.</p><br>Tail</body></html>"));
        Assert.Equal("Only body text.\n\nSecond line.\n\nTail", article.Text);
    }

    [Fact]
    public void Og_title_loses_its_site_suffix()
    {
        var article = Extractor.Extract(Inputs.Html(
            "<head><meta property=\"og:site_name\" content=\"Valley Courier\"><meta property=\"og:title\" content=\"Orchard growers report record apple harvest | Valley Courier\"></head><body><p>Text.</p></body>"));
        Assert.Equal("Orchard growers report record apple harvest", article.Metadata.Title);
        Assert.Equal("Valley Courier", article.Metadata.Site);
    }

    [Fact]
    public void Title_element_loses_a_short_suffix_and_h1_is_the_last_resort()
    {
        var fromTitle = Extractor.Extract(Inputs.Html("<title>Orchard growers report record apple harvest - Courier</title><p>Text.</p>"));
        Assert.Equal("Orchard growers report record apple harvest", fromTitle.Metadata.Title);

        var fromH1 = Extractor.Extract(Inputs.Html("<body><h1>Apple  harvest</h1><p>Text.</p></body>"));
        Assert.Equal("Apple harvest", fromH1.Metadata.Title);
    }

    [Fact]
    public void Junk_authors_are_rejected()
    {
        var article = Extractor.Extract(Inputs.Html(
            "<head><meta name=\"author\" content=\"Staff Writer\"></head><body><article><span class=\"byline\">By Dana Whitfield, Senior Correspondent</span><p>Text of the story.</p></article></body>"));
        Assert.Equal(["Dana Whitfield"], article.Metadata.Authors.ToArray());
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2022-06-01T10:00:00Z\"><p>x</p>", "2022-06-01T10:00:00+00:00")]
    [InlineData("<meta name=\"parsely-pub-date\" content=\"2022-06-02\"><p>x</p>", "2022-06-02")]
    [InlineData("<article><time datetime=\"2022-06-03T09:15\">3 June</time><p>x</p></article>", "2022-06-03T09:15")]
    [InlineData("<article><time>June 4, 2022</time><p>x</p></article>", "2022-06-04")]
    [InlineData("<article><time>5 June 2022</time><p>x</p></article>", "2022-06-05")]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example/2022/06/06/story\"><p>x</p>", "2022-06-06")]
    [InlineData("<span itemprop=\"datePublished\" content=\"2022-06-07\">7 June</span><p>x</p>", "2022-06-07")]
    [InlineData("<article><div class=\"post-date\">Posted on Jun 8, 2022</div><p>x</p></article>", "2022-06-08")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"June 9, 2022\"}</script><p>x</p>", "2022-06-09")]
    public void Publish_date_sources(string html, string expected)
        => Assert.Equal(expected, Extractor.Extract(Inputs.Html(html)).Metadata.Published.ToString());

    [Theory]
    [InlineData("<meta property=\"article:modified_time\" content=\"2022-07-01T10:00:00Z\"><p>x</p>", "2022-07-01T10:00:00+00:00")]
    [InlineData("<meta property=\"og:updated_time\" content=\"2022-07-02\"><p>x</p>", "2022-07-02")]
    [InlineData("<span itemprop=\"dateModified\" content=\"2022-07-03\">3 July</span><p>x</p>", "2022-07-03")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-06-09\",\"dateModified\":\"2022-07-04T08:00+02:00\"}</script><p>x</p>", "2022-07-04T08:00+02:00")]
    public void Last_modified_date_sources(string html, string expected)
        => Assert.Equal(expected, Extractor.Extract(Inputs.Html(html)).Metadata.Modified.ToString());

    [Fact]
    public void A_modified_date_is_never_taken_for_the_publish_date()
    {
        var article = Extractor.Extract(Inputs.Html("<meta property=\"article:modified_time\" content=\"2022-07-01\"><p>x</p>"));

        Assert.Null(article.Metadata.Published);
        Assert.Equal("2022-07-01", article.Metadata.Modified.ToString());
    }

    [Fact]
    public void Broken_json_ld_is_ignored()
    {
        var article = Extractor.Extract(Inputs.Html(
            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": </script>"
            + "<script type=\"application/ld+json\">[{\"@type\":[\"BlogPosting\"],\"datePublished\":\"2020-01-02\",\"author\":\"Ana Ruiz\"}]</script><p>x</p>"));
        Assert.Equal("2020-01-02", article.Metadata.Published.ToString());
        Assert.Equal(["Ana Ruiz"], article.Metadata.Authors.ToArray());
    }

    [Fact]
    public void Script_and_style_content_never_reach_the_text()
    {
        var article = Extractor.Extract(Inputs.Html("<p>Visible</p><script>document.write('<p>hidden</p>')</script><style>p{}</style><noscript>enable js</noscript>"));
        Assert.Equal("Visible", article.Text);
    }

    [Fact]
    public void Unclosed_tags_still_give_their_text()
    {
        var article = Extractor.Extract(Inputs.Html("<html><body><div><p>First paragraph<p>Second <b>bold <i>and italic"));
        Assert.Equal("First paragraph\n\nSecond bold and italic", article.Text);
    }

    [Fact]
    public void Text_is_nfc_normalised()
    {
        var article = Extractor.Extract(Inputs.Html("<p>Cafe\u0301</p>"));
        Assert.Equal("Café", article.Text);
        Assert.Equal(4, article.Text.Length);
    }

    [Fact]
    public void Language_comes_from_html_lang_or_content_language()
    {
        Assert.Equal("pt", Extractor.Extract(Inputs.Html("<html lang=\"pt-BR\"><p>x</p>")).Metadata.Language);
        Assert.Equal("de", Extractor.Extract(Inputs.Html("<meta http-equiv=\"Content-Language\" content=\"de\"><p>x</p>")).Metadata.Language);
    }

    [Fact]
    public void Chrome_words_next_to_content_words_do_not_drop_the_article()
    {
        var article = Extractor.Extract(Inputs.Html(
            "<article><div class=\"sidebar-layout\"><div class=\"sidebar-content\"><p>The story itself, with several sentences of reporting about the town meeting.</p></div>"
            + "<div class=\"sidebar\"><a href=\"/a\">Popular</a> <a href=\"/b\">Latest</a></div></div></article>"));
        Assert.Equal("The story itself, with several sentences of reporting about the town meeting.", article.Text);
    }

    [Fact]
    public void A_header_that_wraps_the_story_is_kept_but_a_link_menu_is_not()
    {
        var article = Extractor.Extract(Inputs.Html(
            "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><main><header class=\"story\"><h1>Dam inspection finds no cracks</h1>"
            + "<p>Inspectors spent two days inside the spillway tunnels and reported that the concrete is sound.</p></header></main></body>"));
        Assert.Equal("Dam inspection finds no cracks\n\nInspectors spent two days inside the spillway tunnels and reported that the concrete is sound.", article.Text);
    }

    [Fact]
    public void Hidden_blocks_are_dropped_unless_they_hold_the_text()
    {
        var streamed = Extractor.Extract(Inputs.Html("<body><div>Loading</div><div hidden id=\"S:0\"><p>Server-rendered article text that script moves into place.</p></div></body>"));
        Assert.Equal("Loading\n\nServer-rendered article text that script moves into place.", streamed.Text);

        var popup = Extractor.Extract(Inputs.Html("<body><p>Article text long enough to be the main part of this page.</p><div style=\"display: none\">Sign up now</div></body>"));
        Assert.Equal("Article text long enough to be the main part of this page.", popup.Text);
    }

    [Fact]
    public void The_article_headline_is_preferred_over_a_rewritten_og_title()
    {
        var article = Extractor.Extract(Inputs.Html(
            "<head><meta property=\"og:title\" content=\"Best ferry apps 2025: top 10 picks\"></head><body><h1 class=\"logo\">Ferry Weekly</h1>"
            + "<article><h1>Ten ferry apps we tried this summer</h1><p>Text.</p></article></body>"));
        Assert.Equal("Ten ferry apps we tried this summer", article.Metadata.Title);
    }

    [Fact]
    public void Link_lists_inside_the_article_are_dropped()
    {
        var article = Extractor.Extract(Inputs.Html(
            "<article><p>The library will stay open late during exam weeks, the board decided on Thursday evening.</p>"
            + "<ul><li><a href=\"/1\">Library budget approved</a></li><li><a href=\"/2\">New reading room</a></li></ul>"
            + "<p>Read the <a href=\"/minutes\">minutes</a> for details.</p></article>"));
        Assert.Equal("The library will stay open late during exam weeks, the board decided on Thursday evening.\n\nRead the minutes for details.", article.Text);
    }

    [Fact]
    public void A_page_of_nothing_but_links_keeps_its_links()
    {
        var article = Extractor.Extract(Inputs.Html("<body><div><a href=\"/a\">Case study one</a> <a href=\"/b\">Case study two</a></div></body>"));
        Assert.Equal("Case study one Case study two", article.Text);
    }

    [Fact]
    public void Skip_links_are_dropped_but_skip_targets_are_kept()
    {
        var article = Extractor.Extract(Inputs.Html(
            "<body><a class=\"skip-link\" href=\"#content\">Skip to content</a><div id=\"skip-target\"><p>The market reopens on Saturday with twice as many stalls.</p></div></body>"));
        Assert.Equal("The market reopens on Saturday with twice as many stalls.", article.Text);
    }
}
