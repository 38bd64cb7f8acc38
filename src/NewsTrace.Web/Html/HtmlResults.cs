using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsTrace.Web.Html;

/// <summary>Server-rendered pages as results.</summary>
public static class HtmlResults
{
    public static IResult Page(string html, int statusCode = StatusCodes.Status200OK)
        => Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
}
