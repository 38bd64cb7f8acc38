using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace NewsTrace.Web.Operations;

/// <summary>Request counts by status class and their total duration, counted in a middleware with interlocked adds: cheap enough for every request.</summary>
internal sealed class RequestMetrics
{
    private readonly long[] _byClass = new long[6];
    private long _durationTicks;

    /// <summary>Requests answered with 1xx … 5xx (index 1 … 5).</summary>
    public long Count(int statusClass) => Interlocked.Read(ref _byClass[statusClass]);

    public long Total => Enumerable.Range(1, 5).Sum(Count);

    public double DurationSeconds => TimeSpan.FromTicks(Interlocked.Read(ref _durationTicks)).TotalSeconds;

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next();
        }
        finally
        {
            var statusClass = Math.Clamp(context.Response.StatusCode / 100, 1, 5);
            Interlocked.Increment(ref _byClass[statusClass]);
            Interlocked.Add(ref _durationTicks, Stopwatch.GetElapsedTime(started).Ticks);
        }
    }
}
