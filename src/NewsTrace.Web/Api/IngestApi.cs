using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NewsTrace.Ingest;
using NewsTrace.Web.Api.Models;
using NewsTrace.Web.Ingest;
using NewsTrace.Web.Security;

namespace NewsTrace.Web.Api;

/// <summary>Writes: file uploads and JSON records, both ingested like `newstrace ingest`.</summary>
internal static class IngestApi
{
    public static async Task<IResult> UploadAsync(HttpRequest request, WriteAuthorization authorization, UploadIngestor ingestor, CancellationToken cancellationToken)
    {
        if (!authorization.IsAllowed(request.HttpContext))
        {
            return Unauthorized(authorization, request.HttpContext);
        }

        if (!request.HasFormContentType)
        {
            return Problems.Result(StatusCodes.Status415UnsupportedMediaType, "Expected multipart/form-data", "Send files as a multipart form; JSON records go to /api/ingest/records.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (!UploadForms.TryParseFormat(form["format"].ToString(), out var format))
        {
            return Problems.Result(StatusCodes.Status400BadRequest, "Unknown format", "Use auto, html, text, plain, jsonl, warc or feed.");
        }

        var uploads = await UploadForms.ReadFilesAsync(form, cancellationToken);
        if (uploads.Count == 0)
        {
            return Problems.Result(StatusCodes.Status400BadRequest, "No files", "The form holds no non-empty file.");
        }

        var summary = await ingestor.IngestAsync(uploads, format, cancellationToken);
        return Results.Ok(IngestResult.From(summary));
    }

    public static async Task<IResult> RecordsAsync(HttpRequest request, WriteAuthorization authorization, UploadIngestor ingestor, WebAppOptions options, CancellationToken cancellationToken)
    {
        if (!authorization.IsAllowed(request.HttpContext))
        {
            return Unauthorized(authorization, request.HttpContext);
        }

        if (request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Result(StatusCodes.Status415UnsupportedMediaType, "Expected application/json", "Send one JSON record object or an array of them.");
        }

        var body = await BoundedBody.ReadAsync(request.Body, options.MaxRequestBytes, cancellationToken);
        if (body is null)
        {
            return Problems.Result(StatusCodes.Status413PayloadTooLarge, "Request too large", $"The limit is {options.MaxRequestBytes} bytes.");
        }

        byte[]? lines;
        try
        {
            lines = JsonRecords.ToJsonLines(body);
        }
        catch (JsonException ex)
        {
            return Problems.Result(StatusCodes.Status400BadRequest, "Invalid JSON", ex.Message);
        }

        if (lines is null)
        {
            return Problems.Result(StatusCodes.Status400BadRequest, "Expected records", "The body must be a JSON object or an array of objects.");
        }

        var summary = await ingestor.IngestAsync([new UploadedInput("records.jsonl", lines)], InputFormat.Jsonl, cancellationToken);
        return Results.Ok(IngestResult.From(summary));
    }

    private static IResult Unauthorized(WriteAuthorization authorization, HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return authorization.TokenRequired
            ? Problems.Result(StatusCodes.Status401Unauthorized, "Token required", "Writes need 'Authorization: Bearer TOKEN' (the token `newstrace serve` printed).")
            : Problems.Result(StatusCodes.Status403Forbidden, "Writes refused", "Without a token, writes are accepted only from this machine.");
    }
}
