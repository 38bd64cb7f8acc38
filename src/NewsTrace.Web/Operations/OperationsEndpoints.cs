using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsTrace.Storage;

namespace NewsTrace.Web.Operations;

/// <summary>
/// <c>GET /health</c> (200 when the store answers a query, 503 otherwise, with a JSON body) and <c>GET /metrics</c>
/// (Prometheus text format: documents, ingest rate, failures, queue depth by state, workers, requests), for load
/// balancers and monitoring in front of several <c>serve</c> processes over one PostgreSQL.
/// </summary>
internal static class OperationsEndpoints
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(5);

    // The window the ingest rate is measured over; workers not seen for this long are not counted as running.
    private static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(5);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/health", HealthAsync).ExcludeFromDescription();
        endpoints.MapGet("/metrics", MetricsAsync).ExcludeFromDescription();
    }

    private static async Task HealthAsync(HttpContext context)
    {
        var backend = context.RequestServices.GetRequiredService<WebBackend>();
        var kind = backend.Store is IWorkQueue ? "postgresql" : "sqlite";
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        string? problem = null;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted))
        {
            timeout.CancelAfter(HealthTimeout);
            try
            {
                // A primary-key probe: the cheapest query that proves the database answers, at any corpus size.
                await backend.Store.FindExistingAsync(["health-check"], timeout.Token);
            }
            catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
            {
                problem = "the database did not answer within 5 s";
            }
#pragma warning disable CA1031 // Any failure to reach the store is exactly what the check reports; its text is not exposed.
            catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                problem = "the database query failed (" + ex.GetType().Name + ")";
            }
        }

        context.Response.StatusCode = problem is null ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        using var body = new MemoryStream();
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writer.WriteString("status", problem is null ? "ok" : "unavailable");
            writer.WriteString("store", kind);
            writer.WriteNumber("milliseconds", Math.Round(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1));
            if (problem is not null)
            {
                writer.WriteString("error", problem);
            }

            writer.WriteEndObject();
        }

        await context.Response.Body.WriteAsync(body.ToArray(), context.RequestAborted);
    }

    private static async Task MetricsAsync(HttpContext context)
    {
        var backend = context.RequestServices.GetRequiredService<WebBackend>();
        var requests = context.RequestServices.GetRequiredService<RequestMetrics>();
        var text = new StringBuilder();
        if (backend.Store is IWorkQueue queue)
        {
            var status = await queue.GetStatusAsync(RateWindow, context.RequestAborted);
            Gauge(text, "newstrace_documents_total", "Articles stored.", status.Articles);
            Gauge(text, "newstrace_documents_per_second", "Articles stored per second over the last 5 minutes.", status.DocumentsPerSecond);
            Gauge(text, "newstrace_failures_total", "Inputs that failed, as recorded in the store.", status.Failures);
            Header(text, "newstrace_queue_depth", "Work-queue entries by state.", "gauge");
            foreach (var (state, count) in status.QueueByState)
            {
                Sample(text, "newstrace_queue_depth", $"state=\"{state}\"", count);
            }

            Gauge(text, "newstrace_queue_oldest_pending_seconds", "How long the oldest waiting input has waited (0 when none waits).", status.OldestPendingAge?.TotalSeconds ?? 0);
            Header(text, "newstrace_workers", "Workers seen in the last 5 minutes, by the state they reported.", "gauge");
            var now = DateTimeOffset.UtcNow;
            foreach (var group in status.Workers.Where(worker => now - worker.LastSeen < RateWindow).GroupBy(worker => worker.State, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                Sample(text, "newstrace_workers", $"state=\"{group.Key}\"", group.Count());
            }
        }
        else
        {
            var statistics = await backend.Store.GetStatisticsAsync(context.RequestAborted);
            Gauge(text, "newstrace_documents_total", "Articles stored.", statistics.Articles);
            Gauge(text, "newstrace_failures_total", "Inputs that failed, as recorded in the store.", statistics.Failures);
        }

        Header(text, "newstrace_http_requests_total", "HTTP requests answered by this process, by status class.", "counter");
        for (var statusClass = 1; statusClass <= 5; statusClass++)
        {
            Sample(text, "newstrace_http_requests_total", $"code=\"{statusClass}xx\"", requests.Count(statusClass));
        }

        Header(text, "newstrace_http_request_duration_seconds_sum", "Total time spent answering HTTP requests.", "counter");
        Sample(text, "newstrace_http_request_duration_seconds_sum", null, requests.DurationSeconds);
        context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(text.ToString(), context.RequestAborted);
    }

    private static void Gauge(StringBuilder text, string name, string help, double value)
    {
        Header(text, name, help, "gauge");
        Sample(text, name, null, value);
    }

    private static void Header(StringBuilder text, string name, string help, string type)
        => text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n')
            .Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

    private static void Sample(StringBuilder text, string name, string? labels, double value)
    {
        text.Append(name);
        if (labels is not null)
        {
            text.Append('{').Append(labels).Append('}');
        }

        text.Append(' ').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
    }
}
