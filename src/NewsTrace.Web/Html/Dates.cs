namespace NewsTrace.Web.Html;

/// <summary>Stored dates (ISO 8601 at the precision the source gave) shown for people: "2024-10-16 19:45 +03:00".</summary>
public static class Dates
{
    public static string Display(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return "date unknown";
        }

        var shown = iso.Replace('T', ' ');
        // Seconds of ":00" say nothing to a reader; the offset is kept apart from the time by a space.
        if (shown.Length >= 19 && shown[16..19] == ":00")
        {
            shown = shown[..16] + shown[19..];
        }

        if (shown.Length > 16 && (shown[16] == '+' || shown[16] == '-' || shown[16] == 'Z'))
        {
            shown = shown[..16] + " " + shown[16..];
        }

        return shown;
    }
}
