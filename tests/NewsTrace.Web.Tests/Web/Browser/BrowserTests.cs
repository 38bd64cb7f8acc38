using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace NewsTrace.Web.Tests.Web.Browser;

/// <summary>End to end in real headless Chromium: the sample corpus, its story page, an article, a diff; hostile pages stay inert.</summary>
public sealed class BrowserTests
{
    [ChromiumFact]
    public async Task Sample_story_page_leads_to_an_article_and_a_diff()
    {
        await using var server = await LiveServer.StartAsync();
        await TestStores.IngestAsync(server.Store, TestStores.SampleCorpus());
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.BaseAddress.ToString());
        var title = await LargestStoryTitleAsync(server);
        await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/stories/**");
        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        foreach (var section in new[] { "#timeline", "#quotes", "#provenance", "#discrepancies", "#entities", "#articles" })
        {
            Assert.True(await page.Locator(section).IsVisibleAsync(), $"{section} is shown");
        }

        Assert.True(await page.Locator("#provenance svg circle").CountAsync() >= 2);
        Assert.True(await page.Locator("#quotes blockquote").CountAsync() >= 1);
        await Screenshots.SaveAsync(page, "story.png");

        await page.Locator("#articles a.diff-link").First.ClickAsync();
        await page.WaitForURLAsync("**/diff/**");
        Assert.Equal(2, await page.Locator(".diff-side").CountAsync());
        Assert.True(await page.Locator(".diff del, .diff ins, .diff .replaced").CountAsync() >= 1);
        await Screenshots.SaveAsync(page, "diff.png");

        await page.Locator(".diff-side h2 a").First.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        Assert.True(await page.Locator(".text .hl-entity").CountAsync() >= 1);
        await Screenshots.SaveAsync(page, "article.png");

        Assert.DoesNotContain(browser.Console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    [ChromiumFact]
    public async Task Keyboard_users_can_skip_to_content_and_narrow_screens_do_not_scroll_sideways()
    {
        await using var server = await LiveServer.StartAsync();
        await TestStores.IngestAsync(server.Store, TestStores.SampleCorpus());
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(width: 360, height: 740);

        await page.GotoAsync(server.BaseAddress.ToString());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));

        var title = await LargestStoryTitleAsync(server);
        await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/stories/**");
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"the story page is {overflow}px wider than a 360px screen");
    }

    [ChromiumFact]
    public async Task Hostile_articles_run_no_script_in_the_browser()
    {
        await using var server = await LiveServer.StartAsync();
        using (var client = new HttpClient { BaseAddress = server.BaseAddress })
        using (var content = new StringContent(HostileRecords.Json(), Encoding.UTF8, "application/json"))
        using (var response = await client.PostAsync(new Uri("/api/ingest/records", UriKind.Relative), content))
        {
            response.EnsureSuccessStatusCode();
        }

        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync();
        var pages = new List<string> { "/", "/search?q=" + HostileRecords.Marker };
        using (var client = new HttpClient { BaseAddress = server.BaseAddress })
        {
            using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/articles", UriKind.Relative)));
            pages.AddRange(list.RootElement.GetProperty("items").EnumerateArray().Select(a => "/articles/" + a.GetProperty("id").GetString()));
            using var stories = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/stories", UriKind.Relative)));
            pages.AddRange(stories.RootElement.GetProperty("items").EnumerateArray().Select(s => "/stories/" + s.GetProperty("id").GetString()));
        }

        foreach (var path in pages)
        {
            await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
            foreach (var element in await page.Locator("a, img, div, span").AllAsync())
            {
                // Hovering and clicking would fire injected handlers; nothing here may navigate away either.
                if (await element.IsVisibleAsync() && await element.EvaluateAsync<bool>("e => e.tagName !== 'A'"))
                {
                    await element.HoverAsync(new() { Timeout = 2000 });
                }
            }

            Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
            Assert.Equal(0, await page.Locator("script, img, iframe").CountAsync());
        }

        Assert.Empty(browser.Dialogs);
    }

    private static async Task<string> LargestStoryTitleAsync(LiveServer server)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var stories = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/stories", UriKind.Relative));
        return stories.GetProperty("items").EnumerateArray()
            .OrderByDescending(s => s.GetProperty("articleCount").GetInt32())
            .First().GetProperty("title").GetString()!;
    }
}
