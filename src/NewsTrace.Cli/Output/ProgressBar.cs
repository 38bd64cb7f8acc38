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
    private readonly TextWriter? _terminal;
    private readonly int? _width;
    private TimeSpan? _lastDraw;
    private bool _drawn;

    /// <param name="estimatedTotal">How many inputs are expected, when known (the number of files found).</param>
    /// <param name="quiet">Draw nothing at all.</param>
    public ProgressBar(int? estimatedTotal, bool quiet)
    {
        _estimatedTotal = estimatedTotal;
        _terminal = quiet || Console.IsErrorRedirected ? null : Console.Error;
    }

    /// <summary>Draws on <paramref name="terminal"/> as if it were a terminal <paramref name="width"/> columns wide.</summary>
    internal ProgressBar(int? estimatedTotal, TextWriter terminal, int width)
    {
        _estimatedTotal = estimatedTotal;
        _terminal = terminal;
        _width = width;
    }

    public void Report(IngestProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_terminal is null || (_lastDraw is { } last && value.Elapsed - last < RedrawInterval))
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
            line = string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('.', 24 - filled)}] {fraction * 100:0}% {line}  ETA {eta:hh\\:mm\\:ss}");
        }

        var width = Width();
        _terminal.Write("\r" + (line.Length >= width ? line[..(width - 1)] : line.PadRight(width - 1)));
        _drawn = true;
    }

    public void Dispose()
    {
        if (_drawn)
        {
            _terminal!.Write("\r" + new string(' ', Width() - 1) + "\r");
        }
    }

    private int Width() => _width ?? TerminalWidth();

    private static int TerminalWidth()
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
