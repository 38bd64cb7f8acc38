using System.Globalization;
using NewsTrace.Evaluation;

namespace NewsTrace.Cli.Commands;

/// <summary>
/// `eval stories --incremental N --timings K`: one line per window of K documents with the clustering time per article in
/// that window and overall, so a benchmark can check the time stays flat as the store grows. Reports arrive in order
/// from one caller (the evaluation loop), so no locking.
/// </summary>
internal sealed class TimingReporter(int window, TextWriter output) : IProgress<IncrementalEvaluationProgress>
{
    private int _windowStartDocuments;
    private TimeSpan _windowStartTime;

    public void Report(IncrementalEvaluationProgress value)
    {
        if (value.Documents - _windowStartDocuments < window)
        {
            return;
        }

        var documents = value.Documents - _windowStartDocuments;
        var windowMs = (value.ClusteringTime - _windowStartTime).TotalMilliseconds / documents;
        var totalMs = value.ClusteringTime.TotalMilliseconds / value.Documents;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timing: {value.Documents} documents: {windowMs:0.000} ms/article over the last {documents}, {totalMs:0.000} ms/article overall, {GC.GetTotalMemory(false) / (1024 * 1024)} MiB managed"));
        _windowStartDocuments = value.Documents;
        _windowStartTime = value.ClusteringTime;
    }
}
