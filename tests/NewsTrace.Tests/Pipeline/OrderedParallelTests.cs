using NewsTrace.Pipeline;

namespace NewsTrace.Tests.Pipeline;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Keeps_input_order_whatever_the_work_takes()
    {
        var results = OrderedParallel.Map(Enumerable.Range(0, 500), i =>
        {
            Thread.SpinWait((500 - i) * 50);
            return i * 2;
        }, degreeOfParallelism: 4).ToList();

        Assert.Equal(Enumerable.Range(0, 500).Select(i => i * 2), results);
    }

    [Fact]
    public void Reads_ahead_of_the_consumer_by_a_bounded_window_only()
    {
        var pulled = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 100_000; i++)
            {
                Interlocked.Increment(ref pulled);
                yield return i;
            }
        }

        using var consumer = OrderedParallel.Map(Source(), i => i, degreeOfParallelism: 2, window: 8).GetEnumerator();
        for (var i = 0; i < 10; i++)
        {
            Assert.True(consumer.MoveNext());
        }

        Thread.Sleep(200); // let the reader run as far ahead as it is allowed to
        Assert.InRange(Volatile.Read(ref pulled), 10, 10 + 8 + 8 + 2);
    }

    [Fact]
    public void An_exception_in_the_map_surfaces_at_its_position()
    {
        var results = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var value in OrderedParallel.Map(Enumerable.Range(0, 100), i => i == 42 ? throw new InvalidOperationException("42") : i, 3))
            {
                results.Add(value);
            }
        });

        Assert.Equal("42", error.Message);
        Assert.Equal(Enumerable.Range(0, 42), results);
    }

    [Fact]
    public void Stopping_early_releases_the_workers()
    {
        var first = OrderedParallel.Map(Enumerable.Range(0, 1_000_000), i => i, 2).Take(5).ToList();

        Assert.Equal([0, 1, 2, 3, 4], first);
    }

    [Fact]
    public void Sequential_mode_gives_the_same_result()
    {
        Assert.Equal(Enumerable.Range(0, 50), OrderedParallel.Map(Enumerable.Range(0, 50), i => i, 1));
    }
}
