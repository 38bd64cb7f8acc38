using System.Collections.Concurrent;

namespace NewsTrace.Pipeline;

/// <summary>
/// A streaming parallel map that keeps input order and bounded memory: the source is read lazily on the
/// caller's thread, at most <c>window</c> items are in flight, and results are yielded in input order.
/// PLINQ's ordered merge gives no such bound, which matters for a 10 GB input.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(
        IEnumerable<TIn> source,
        Func<TIn, TOut> map,
        int degreeOfParallelism = 0,
        int window = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        var workers = degreeOfParallelism > 0 ? degreeOfParallelism : Environment.ProcessorCount;
        var capacity = window > 0 ? window : workers * 4;
        return workers == 1 ? MapSequential(source, map, cancellationToken) : MapParallel(source, map, workers, Math.Max(capacity, workers), cancellationToken);
    }

    private static IEnumerable<TOut> MapSequential<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, CancellationToken cancellationToken)
    {
        foreach (var item in source)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return map(item);
        }
    }

    private static IEnumerable<TOut> MapParallel<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int workers, int capacity, CancellationToken cancellationToken)
    {
        // Work items carry their own completion slot; the consumer waits on the oldest slot, so order is kept
        // and the bounded queue stops the reader from running ahead by more than `capacity` items.
        using var pending = new BlockingCollection<Slot<TIn, TOut>>(capacity);
        using var inFlight = new BlockingCollection<Slot<TIn, TOut>>(capacity);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = cancel.Token;
        Exception? sourceError = null;

        var reader = Task.Run(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    var slot = new Slot<TIn, TOut>(item);
                    inFlight.Add(slot, token);
                    pending.Add(slot, token);
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
            }
#pragma warning disable CA1031 // Re-thrown on the consumer's thread below, in order.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                sourceError = ex;
            }
            finally
            {
                pending.CompleteAdding();
                inFlight.CompleteAdding();
            }
        }, CancellationToken.None);

        var pool = new Task[workers];
        for (var i = 0; i < workers; i++)
        {
            pool[i] = Task.Factory.StartNew(
                () =>
                {
                    foreach (var slot in pending.GetConsumingEnumerable(CancellationToken.None))
                    {
                        slot.Run(map);
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        try
        {
            foreach (var slot in inFlight.GetConsumingEnumerable(CancellationToken.None))
            {
                yield return slot.Wait(token);
            }

            if (sourceError is not null)
            {
                throw new AggregateException("Reading the input failed.", sourceError);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            // Stop the reader (the consumer may have stopped early), let the workers drain, then wait for all.
            cancel.Cancel();
            while (pending.TryTake(out var abandoned))
            {
                abandoned.Abandon();
            }

            Task.WaitAll([reader, .. pool], CancellationToken.None);
        }
    }

    private sealed class Slot<TIn, TOut>(TIn input)
    {
        private readonly TaskCompletionSource<TOut> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Run(Func<TIn, TOut> map)
        {
            try
            {
                _result.SetResult(map(input));
            }
#pragma warning disable CA1031 // Delivered to the consumer in input order.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _result.SetException(ex);
            }
        }

        public void Abandon() => _result.TrySetCanceled();

        public TOut Wait(CancellationToken token)
        {
            // WaitAny does not throw on a faulted task, so GetResult can rethrow the original exception unwrapped.
            Task.WaitAny([_result.Task], token);
            return _result.Task.GetAwaiter().GetResult();
        }
    }
}
