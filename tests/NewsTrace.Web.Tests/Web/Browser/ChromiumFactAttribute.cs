namespace NewsTrace.Web.Tests.Web.Browser;

/// <summary>
/// A test that drives the system's Chromium. It is skipped, with the reason, where /usr/bin/chromium is missing
/// (a developer's clone); CI installs Debian's chromium so it runs there. Playwright never downloads a browser here.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
        {
            Skip = $"{ExecutablePath} is not installed (apt-get install chromium); browser tests are skipped.";
        }
    }
}
