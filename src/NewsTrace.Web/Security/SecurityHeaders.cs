using Microsoft.AspNetCore.Http;

namespace NewsTrace.Web.Security;

/// <summary>
/// Response headers that keep hostile article content inert even if some of it slipped through the encoder: no
/// inline script or style runs (the CSP has no 'unsafe-inline' and no hashes), nothing is framed, nothing is
/// content-sniffed into a script, and no page of ours leaks its URL to the sites an article links to.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers when the response starts, so error handlers that clear headers cannot drop them.</summary>
    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next();
    }
}
