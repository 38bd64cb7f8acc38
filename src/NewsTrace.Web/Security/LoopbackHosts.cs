using System.Net;

namespace NewsTrace.Web.Security;

/// <summary>Decides whether a listening URL, a Host header or a remote address is loopback.</summary>
public static class LoopbackHosts
{
    /// <summary>True when the URL's host is localhost or a loopback IP; wildcards (*, +, 0.0.0.0) are not.</summary>
    public static bool IsLoopbackUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        // Kestrel accepts wildcard hosts that Uri cannot parse; they bind every interface, so they are not loopback.
        var normalized = url.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal)
            .Replace("://+", "://wildcard.invalid", StringComparison.Ordinal);
        return Uri.TryCreate(normalized, UriKind.Absolute, out var uri) && IsLoopbackHost(uri.Host);
    }

    /// <summary>True for "localhost", "127.x.x.x" and "[::1]" (a Host header's host part, without the port).</summary>
    public static bool IsLoopbackHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        return IPAddress.TryParse(bare, out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>A missing address is an in-process connection (the test server), which is as local as it gets.</summary>
    public static bool IsLoopbackAddress(IPAddress? address) => address is null || IPAddress.IsLoopback(address);
}
