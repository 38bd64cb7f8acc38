using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace NewsTrace.Web;

/// <summary>
/// The stylesheet, embedded in the assembly and served from memory under a fixed name: no file system path is ever
/// built from a request, so there is nothing to traverse.
/// </summary>
public static class StaticAssets
{
    private static readonly Lazy<(byte[] Bytes, string ETag)> Stylesheet = new(() => Load("Assets.site.css"));

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/static/site.css", (HttpContext context) => Serve(context, Stylesheet.Value, "text/css; charset=utf-8")).ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext context, (byte[] Bytes, string ETag) asset, string contentType)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        context.Response.Headers.ETag = asset.ETag;
        if (string.Equals(context.Request.Headers.IfNoneMatch.ToString(), asset.ETag, StringComparison.Ordinal))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Bytes, contentType);
    }

    private static (byte[] Bytes, string ETag) Load(string name)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded asset {name} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        return (bytes, "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"");
    }
}
