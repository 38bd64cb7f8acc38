using NewsTrace.Cli.Output;
using NewsTrace.Pipeline;

namespace NewsTrace.Cli.Tests.Output;

public sealed class ProgressBarTests
{
    [Fact]
    public void Draws_counts_rate_and_eta_on_a_terminal()
    {
        var terminal = new StringWriter();
        using (var bar = new ProgressBar(estimatedTotal: 10, terminal, width: 120))
        {
            bar.Report(new IngestProgress(4, 3, 0, 1, 4_000_000, TimeSpan.FromSeconds(2), "a.html"));
        }

        var drawn = terminal.ToString();
        Assert.Contains("4 read, 3 new, 0 known, 1 failed", drawn, StringComparison.Ordinal);
        Assert.Contains("2.0/s", drawn, StringComparison.Ordinal);
        Assert.Contains("ETA 00:00:03", drawn, StringComparison.Ordinal);
        Assert.Contains("40%", drawn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_report_at_time_zero_draws_and_later_ones_are_throttled()
    {
        var terminal = new StringWriter();
        using var bar = new ProgressBar(estimatedTotal: null, terminal, width: 80);

        bar.Report(new IngestProgress(1, 1, 0, 0, 10, TimeSpan.Zero, "a"));
        var afterFirst = terminal.ToString().Length;
        bar.Report(new IngestProgress(2, 2, 0, 0, 20, TimeSpan.FromMilliseconds(10), "b"));

        Assert.True(afterFirst > 0);
        Assert.Equal(afterFirst, terminal.ToString().Length);
    }

    [Fact]
    public void Draws_nothing_without_a_terminal()
    {
        using var bar = new ProgressBar(estimatedTotal: 5, quiet: false);

        bar.Report(new IngestProgress(1, 1, 0, 0, 10, TimeSpan.FromSeconds(1), "a")); // stderr is redirected under the test host
    }
}
