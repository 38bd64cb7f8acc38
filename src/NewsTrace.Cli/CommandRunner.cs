using NewsTrace.Extraction;
using NewsTrace.Pipeline;

namespace NewsTrace.Cli;

/// <summary>
/// Runs a command body and turns what escapes it into an exit code and one clear line on stderr, never a stack trace:
/// users see "newstrace: cannot open store: ..." and scripts see a documented code.
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("newstrace: interrupted; work already written is kept, rerun to finish.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (UsageException ex)
        {
            await Console.Error.WriteLineAsync($"newstrace: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or ExtractionException or PipelineConfigurationException or ArgumentException or System.Data.Common.DbException)
        {
            await Console.Error.WriteLineAsync($"newstrace: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
