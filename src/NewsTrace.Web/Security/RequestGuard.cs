using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace NewsTrace.Web.Security;

/// <summary>
/// Checks every request before routing: the Host header (a loopback-bound app answers only to loopback names, so a
/// hostile page cannot reach it by DNS rebinding), and for writes, the body size and the origin (a page on another
/// site cannot make the browser post to this one). The token itself is checked by the write endpoints.
/// </summary>
internal sealed class RequestGuard(WebAppOptions options)
{
    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (options.LoopbackOnly && !LoopbackHosts.IsLoopbackHost(context.Request.Host.Host))
        {
            await Problems.Write(context, StatusCodes.Status400BadRequest, "Unknown host", "This server only answers to localhost, 127.0.0.1 and [::1].");
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        {
            await next();
            return;
        }

        if (context.Request.ContentLength > options.MaxRequestBytes)
        {
            await Problems.Write(context, StatusCodes.Status413PayloadTooLarge, "Request too large", $"The limit is {options.MaxRequestBytes} bytes.");
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = options.MaxRequestBytes;
        }

        if (IsCrossSite(context.Request))
        {
            await Problems.Write(context, StatusCodes.Status403Forbidden, "Cross-site request refused", "Writes are accepted only from this site's own pages or from non-browser clients.");
            return;
        }

        await next();
    }

    /// <summary>Browsers send Sec-Fetch-Site and Origin on a POST; a mismatch means another site's page made the request.</summary>
    private static bool IsCrossSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && !string.Equals(fetchSite, "same-origin", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(fetchSite, "none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }

        return !Uri.TryCreate(origin, UriKind.Absolute, out var originUri)
            || !string.Equals(originUri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
