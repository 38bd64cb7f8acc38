using Microsoft.AspNetCore.Http;

namespace NewsTrace.Web;

/// <summary>RFC 9457 problem details: the one error shape of the HTTP API.</summary>
internal static class Problems
{
    public static IResult Result(int status, string title, string? detail = null)
        => Results.Problem(statusCode: status, title: title, detail: detail);

    public static Task Write(HttpContext context, int status, string title, string? detail = null)
        => Result(status, title, detail).ExecuteAsync(context);

    public static IResult NotFound(string what, string id) => Result(StatusCodes.Status404NotFound, $"No such {what}", $"There is no {what} '{id}'.");
}
