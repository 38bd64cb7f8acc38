using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsTrace.Web.Security;

/// <summary>Whether a request may write (ingest): by bearer token, or by being local when no token is configured.</summary>
internal sealed class WriteAuthorization(WebAppOptions options)
{
    public const string FormField = "token";

    /// <summary>Checks the Authorization header, or <paramref name="formToken"/> for the upload form (browsers cannot set the header).</summary>
    public bool IsAllowed(HttpContext context, string? formToken = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.WriteToken is not { } expected)
        {
            return options.LoopbackOnly && LoopbackHosts.IsLoopbackAddress(context.Connection.RemoteIpAddress);
        }

        var header = context.Request.Headers.Authorization.ToString();
        var presented = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : formToken;
        return presented is not null && FixedTimeEquals(presented, expected);
    }

    public bool TokenRequired => options.WriteToken is not null;

    private static bool FixedTimeEquals(string presented, string expected)
        => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
