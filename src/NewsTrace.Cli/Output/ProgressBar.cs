using System.Globalization;
using NewsTrace.Pipeline;

namespace NewsTrace.Cli.Output;

/// <summary>
/// A one-line progress bar on stderr with rate and ETA. Silent when stderr is not a terminal, so logs and pipes
/// stay clean; throttled so redrawing never costs more than the work it reports.
/// </summary>
internal sealed class ProgressBar : IProgress<IngestProgress>, IDisposable
{
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);
    private readonly int? _estimatedTotal;
    private readonly bool _enabled;
    private TimeSpan _lastDraw = TimeSpan.MinValue;
    private bool _drawn;

    /// <param name="estimatedTotal">How many inputs are expected, when known (the number of files found).</param>
    public ProgressBar(int? estimatedTotal, bool quiet)
    {
        _estimatedTotal = estimatedTotal;
        _enabled = !quiet && !Console.IsErrorRedirected;
    }

    public void Report(IngestProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!_enabled || value.Elapsed - _lastDraw < RedrawInterval)
        {
            return;
        }

        _lastDraw = value.Elapsed;
        var seconds = Math.Max(value.Elapsed.TotalSeconds, 0.001);
        var rate = value.Read / seconds;
        var line = string.Create(CultureInfo.InvariantCulture, $"{value.Read} read, {value.Added} new, {value.AlreadyKnown} known, {value.Failed} failed  {rate:0.0}/s  {value.Bytes / seconds / 1e6:0.0} MB/s");
        if (_estimatedTotal is { } total && total > 0 && value.Read <= total)
        {
            var fraction = (double)value.Read / total;
            var filled = (int)(fraction * 24);
            var eta = rate > 0 ? TimeSpan.FromSeconds((total - value.Read) / rate) : TimeSpan.Zero;
            line = string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('.', 24 - filled)}] {fraction:P0} {line}  ETA {eta:hh\\:mm\\:ss}");
        }

        var width = SafeWidth();
        Console.Error.Write("\r" + (line.Length >= width ? line[..(width - 1)] : line.PadRight(width - 1)));
        _drawn = true;
    }

    public void Dispose()
    {
        if (_drawn)
        {
            Console.Error.Write("\r" + new string(' ', SafeWidth() - 1) + "\r");
        }
    }

    private static int SafeWidth()
    {
        try
        {
            return Math.Max(40, Console.WindowWidth);
        }
        catch (IOException)
        {
            return 100;
        }
    }
}
