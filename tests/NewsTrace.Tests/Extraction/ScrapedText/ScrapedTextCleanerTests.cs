using NewsTrace.Extraction.ScrapedText;

namespace NewsTrace.Tests.Extraction.ScrapedText;

public class ScrapedTextCleanerTests
{
    [Fact]
    public void Every_line_of_the_news_article_survives()
    {
        var page = ScrapedTextCleaner.Clean(ScrapedFixtures.Read(ScrapedFixtures.NewsPage));

        var lines = Lines(page.Text);
        Assert.All(ScrapedFixtures.NewsPageArticle, line => Assert.Contains(line, lines));
        Assert.Equal(ScrapedFixtures.NewsPageArticle, lines);
    }

    [Fact]
    public void Chrome_of_the_news_page_is_gone()
    {
        var page = ScrapedTextCleaner.Clean(ScrapedFixtures.Read(ScrapedFixtures.NewsPage));

        var lines = Lines(page.Text);
        Assert.All(ScrapedFixtures.NewsPageChrome, chrome => Assert.DoesNotContain(chrome, lines));
    }

    [Fact]
    public void Metadata_of_the_news_page_comes_from_its_lines()
    {
        var page = ScrapedTextCleaner.Clean(ScrapedFixtures.Read(ScrapedFixtures.NewsPage));

        Assert.Equal("Ferry strike ends after owners agree to new rota", page.Title);
        Assert.Equal<string>(["Lena Okafor"], page.Authors);
        // The stated publish time, not the ticker's date above the headline.
        Assert.Equal("2025-03-03T14:20", page.Published.ToString());
        Assert.Equal<string>(["Reuters", "AP"], page.Credits);
        Assert.Empty(page.Comments);
    }

    [Fact]
    public void Says_comments_are_moved_out_one_per_commenter()
    {
        var page = ScrapedTextCleaner.Clean(ScrapedFixtures.Read(ScrapedFixtures.BlogWithSaysComments));

        Assert.Equal(ScrapedFixtures.BlogArticle, Lines(page.Text));
        Assert.Equal(ScrapedFixtures.BlogComments, page.Comments);
        Assert.All(ScrapedFixtures.BlogComments, comment => Assert.DoesNotContain(comment, page.Text, StringComparison.Ordinal));
        Assert.Equal("Why our town library should open on Sundays", page.Title);
        Assert.Equal<string>(["Tomas Reyes"], page.Authors);
        Assert.Equal("2025-02-12", page.Published.ToString());
    }

    [Fact]
    public void Comments_after_an_end_of_post_pitch_are_one_block_when_nothing_separates_them()
    {
        var page = ScrapedTextCleaner.Clean(ScrapedFixtures.Read(ScrapedFixtures.PostWithPitchTail));

        var comment = Assert.Single(page.Comments);
        Assert.StartsWith("Great digging", comment, StringComparison.Ordinal);
        Assert.Contains("Has anyone asked the board", comment, StringComparison.Ordinal);
        Assert.DoesNotContain("Great digging", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("consider subscribing", page.Text, StringComparison.Ordinal);
        Assert.EndsWith("That is the number to watch next year.", page.Text, StringComparison.Ordinal);
        Assert.Equal(4, page.Text.Split("\n\n").Length);
    }

    [Fact]
    public void A_pitch_in_the_middle_of_a_post_does_not_turn_the_rest_into_comments()
    {
        var body = string.Join("\n\n", Enumerable.Range(1, 4).Select(n => $"Paragraph {n} of the post explains one more step of the plan in plain words."));
        var text = body + "\n\nIf you found this useful, consider subscribing.\n\n" + body.Replace("Paragraph", "Section", StringComparison.Ordinal);

        var page = ScrapedTextCleaner.Clean(text);

        Assert.Empty(page.Comments);
        Assert.Contains("Section 4 of the post", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comments_link_above_the_article_does_not_swallow_it()
    {
        const string text = "Council backs the harbour plan\nComments (12)\n\nThe council voted nine to two on Tuesday to back the harbour plan.\n\nWork starts in May and should take two years, the mayor said.";

        var page = ScrapedTextCleaner.Clean(text);

        Assert.Empty(page.Comments);
        Assert.Contains("Work starts in May", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Comments (12)", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_under_a_one_paragraph_story_are_still_comments()
    {
        const string text = "Bakery wins regional prize\n\nThe Kessel street bakery won the regional bread prize on Sunday.\n\nComments\nOla P. · 2 hours ago\nBest rye in town, no question about it, and the staff are lovely too.";

        var page = ScrapedTextCleaner.Clean(text);

        Assert.Equal<string>(["Best rye in town, no question about it, and the staff are lovely too."], page.Comments);
        Assert.DoesNotContain("Best rye", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_lines_of_unspaced_scripts_are_prose()
    {
        var thai = string.Concat(Enumerable.Repeat("ข่าวการประชุมสภาเมือง", 8));
        var text = "Skip to main content\n" + thai + "\n\n" + thai + "ครั้งที่สอง";

        var lines = Lines(ScrapedTextCleaner.Clean(text).Text);

        Assert.Equal(2, lines.Length);
        Assert.DoesNotContain("Skip to main content", lines);
    }

    [Fact]
    public void Inside_the_body_only_certain_chrome_goes()
    {
        const string text = "The water board met on Monday to discuss the new reservoir near the old mill.\nSign of the times\nThe board agreed to publish its figures every quarter from now on.\nAdvertisement\nRead more: Reservoir levels hit record low\nA public hearing will follow in the spring, the chairwoman said.";

        var lines = Lines(ScrapedTextCleaner.Clean(text).Text);

        Assert.Contains("Sign of the times", lines);
        Assert.DoesNotContain("Advertisement", lines);
        Assert.DoesNotContain("Read more: Reservoir levels hit record low", lines);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void Related_links_below_the_article_are_dropped_but_a_final_sentence_stays()
    {
        const string text = "Museum reopens after repairs\n\nThe city museum reopened on Saturday after two years of roof repairs costing four million.\n\nVisitors queued from early morning, staff said.\n\nOld tram depot to become a market hall for local farmers and craft makers from the valley\nNew cycle lanes planned";

        var page = ScrapedTextCleaner.Clean(text);

        Assert.EndsWith("Visitors queued from early morning, staff said.", page.Text, StringComparison.Ordinal);
        Assert.Equal("Museum reopens after repairs", page.Title);
    }

    [Fact]
    public void A_list_the_article_ends_with_stays_when_the_article_introduces_it()
    {
        const string text = "Town sets out its flood plan\n\nThe town council approved its flood plan on Monday after a year of consultation with residents.\n\nThe plan has three parts:\n- raise the river wall\n- clear the old drains\n- warn residents by text\n\nMost Popular\nBakery wins regional prize";

        var lines = Lines(ScrapedTextCleaner.Clean(text).Text);

        Assert.Contains("The plan has three parts:", lines);
        Assert.Contains("- warn residents by text", lines);
        Assert.DoesNotContain("Bakery wins regional prize", lines);
    }

    [Fact]
    public void Author_box_at_the_foot_gives_the_author_when_no_byline_does()
    {
        const string text = "Harbour cranes to be replaced\n\nThe port will replace its three oldest cranes next year, the harbour master said on Friday.\n\nThe new cranes will be electric.\n\nMila Sorensen\nMila Sorensen is a reporter covering the port and shipping.";

        var page = ScrapedTextCleaner.Clean(text);

        Assert.Equal<string>(["Mila Sorensen"], page.Authors);
        Assert.DoesNotContain("Mila Sorensen", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_dash_credit_of_an_unknown_agency_is_a_credit()
    {
        const string text = "Grain exports rise\n\nGrain exports rose by a fifth in the first quarter, the trade ministry said on Monday.\n\nThe ministry expects a record harvest this year.\n\n— Meridian";

        var page = ScrapedTextCleaner.Clean(text);

        Assert.Equal<string>(["Meridian"], page.Credits);
        Assert.DoesNotContain("Meridian", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribution_in_a_sentence_is_not_a_credit()
    {
        const string text = "Talks to resume\n\nThe talks will resume next week, according to RIA Novosti, which cited a source in the ministry.\n\nNo date has been set.";

        var page = ScrapedTextCleaner.Clean(text);

        Assert.Empty(page.Credits);
        Assert.Contains("according to RIA Novosti", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_record_the_kind_of_every_input_line()
    {
        var page = ScrapedTextCleaner.Clean(ScrapedFixtures.Read(ScrapedFixtures.BlogWithSaysComments));

        Assert.Contains(page.Lines, line => line is { Kind: ScrapedLineKind.Headline, Kept: true });
        Assert.Contains(page.Lines, line => line is { Text: "Posted by Tomas Reyes on 12 February 2025", Kind: ScrapedLineKind.Byline });
        Assert.Contains(page.Lines, line => line is { Text: "Menu", Kind: ScrapedLineKind.Chrome, Kept: false });
        Assert.All(page.Lines.Where(line => line.Kind == ScrapedLineKind.Comment), line => Assert.False(line.Kept));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
