using Microsoft.Playwright;

namespace NewsTrace.Web.Tests.Web.Browser;

/// <summary>
/// Screenshots go to the test output folder on every run; with NEWSTRACE_UPDATE_SCREENSHOTS=1 they also replace the
/// ones committed in docs/screenshots, so an ordinary test run never changes the working tree.
/// </summary>
internal static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        var output = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = output, FullPage = true });
        if (Environment.GetEnvironmentVariable("NEWSTRACE_UPDATE_SCREENSHOTS") == "1")
        {
            var docs = Path.Combine(Path.GetDirectoryName(TestStores.SampleCorpus())!, "..", "docs", "screenshots", name);
            Directory.CreateDirectory(Path.GetDirectoryName(docs)!);
            File.Copy(output, docs, overwrite: true);
        }
    }
}
