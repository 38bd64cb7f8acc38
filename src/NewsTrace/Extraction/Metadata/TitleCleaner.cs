namespace NewsTrace.Extraction.Metadata;

/// <summary>Removes the site name that pages append to (or put before) their headline in titles.</summary>
public static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " — ", " – ", " :: ", " · ", " • ", " » "];

    /// <param name="title">The raw title.</param>
    /// <param name="siteName">The site's name (og:site_name) when known.</param>
    /// <param name="allowShortSuffix">Also strip a short trailing part that does not match the site name (for &lt;title&gt;).</param>
    public static string Clean(string title, string? siteName, bool allowShortSuffix)
    {
        var result = title.Trim();
        for (var round = 0; round < 2; round++)
        {
            var stripped = StripOnce(result, siteName, allowShortSuffix && round == 0);
            if (stripped == result)
            {
                break;
            }

            result = stripped;
        }

        return result;
    }

    /// <summary>The part after the last separator ("Site" in "Headline | Site"), which is usually the site's name; or null.</summary>
    public static string? TrailingPart(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var (at, separator) = LastSeparator(title);
        var tail = at > 0 ? title[(at + separator.Length)..].Trim() : "";
        return tail.Length > 0 ? tail : null;
    }

    private static string StripOnce(string title, string? siteName, bool allowShortSuffix)
    {
        var (separatorAt, separator) = LastSeparator(title);
        if (separatorAt <= 0)
        {
            return title;
        }

        var head = title[..separatorAt].Trim();
        var tail = title[(separatorAt + separator.Length)..].Trim();
        if (head.Length == 0 || tail.Length == 0)
        {
            return title;
        }

        if (MatchesSite(tail, siteName))
        {
            return head;
        }

        var (firstAt, firstSeparator) = FirstSeparator(title);
        if (firstAt > 0 && MatchesSite(title[..firstAt].Trim(), siteName))
        {
            return title[(firstAt + firstSeparator.Length)..].Trim();
        }

        if (allowShortSuffix && tail.Length <= 30 && WordCount(tail) <= 4 && WordCount(head) >= 3)
        {
            return head;
        }

        return title;
    }

    private static bool MatchesSite(string part, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(siteName))
        {
            return false;
        }

        var site = siteName.Trim();
        return part.Equals(site, StringComparison.OrdinalIgnoreCase)
            || (part.Length >= 3 && site.Contains(part, StringComparison.OrdinalIgnoreCase))
            || (site.Length >= 3 && part.Contains(site, StringComparison.OrdinalIgnoreCase) && part.Length <= site.Length + 12);
    }

    private static (int At, string Separator) LastSeparator(string title)
    {
        var best = (-1, "");
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > best.Item1)
            {
                best = (at, separator);
            }
        }

        return best;
    }

    private static (int At, string Separator) FirstSeparator(string title)
    {
        var best = (-1, "");
        foreach (var separator in Separators)
        {
            var at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at >= 0 && (best.Item1 < 0 || at < best.Item1))
            {
                best = (at, separator);
            }
        }

        return best;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
