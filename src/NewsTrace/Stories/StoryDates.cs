using System.Text.Json;
using NewsTrace.Documents;
using NewsTrace.Storage;

namespace NewsTrace.Stories;

/// <summary>
/// The date an article reports from, for time-aware story similarity: its publish date, unless the time layer flagged
/// that date as a republication of old content (a <c>republished</c> date anomaly) or there is none; then the latest full
/// date its text names (resolved time expressions outside the flagged dateline), when it names one.
/// </summary>
public static class StoryDates
{
    public static PublishDate? EventDate(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var published = article.Metadata.Published;
        if (string.IsNullOrEmpty(article.AnalysisJson) || article.AnalysisJson == "{}")
        {
            return published;
        }

        try
        {
            using var json = JsonDocument.Parse(article.AnalysisJson);
            var root = json.RootElement;
            var republished = Republished(root);
            if (published is not null && republished is null)
            {
                return published;
            }

            return LatestNamedDate(root, republished) ?? published;
        }
        catch (JsonException)
        {
            return published;
        }
    }

    /// <summary>The span of a republished-dateline anomaly, if the time layer found one.</summary>
    private static (int Start, int End)? Republished(JsonElement root)
    {
        if (!root.TryGetProperty("date_anomalies", out var anomalies) || anomalies.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var anomaly in anomalies.EnumerateArray())
        {
            if (anomaly.TryGetProperty("kind", out var kind) && kind.ValueEquals("republished"))
            {
                return (anomaly.GetProperty("start").GetInt32(), anomaly.GetProperty("end").GetInt32());
            }
        }

        return null;
    }

    /// <summary>The latest day-precise DATE the text names, outside <paramref name="excluded"/>.</summary>
    private static PublishDate? LatestNamedDate(JsonElement root, (int Start, int End)? excluded)
    {
        if (!root.TryGetProperty("timexes", out var timexes) || timexes.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        DateOnly? latest = null;
        foreach (var timex in timexes.EnumerateArray())
        {
            if (!timex.TryGetProperty("type", out var type) || !type.ValueEquals("DATE")
                || !timex.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var start = timex.GetProperty("start").GetInt32();
            if (excluded is { } span && start >= span.Start && start < span.End)
            {
                continue;
            }

            var text = value.GetString();
            if (text is { Length: 10 } && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
                && (latest is null || date > latest))
            {
                latest = date;
            }
        }

        return latest is { } day ? new PublishDate(day) : null;
    }
}
