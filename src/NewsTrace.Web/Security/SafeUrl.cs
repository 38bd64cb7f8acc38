namespace NewsTrace.Web.Security;

/// <summary>Which URLs from article data may become links: absolute http(s) only, so javascript:, data: and friends never do.</summary>
public static class SafeUrl
{
    public static bool IsLinkable(string? url)
        => url is not null
            && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            && (string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.Ordinal) || string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.Ordinal));
}
