using FsCheck.Xunit;
using NewsTrace.Documents;

namespace NewsTrace.Tests.Documents;

public sealed class TextSpanTests
{
    [Fact]
    public void Is_half_open()
    {
        var span = new TextSpan(2, 5);

        Assert.Equal(3, span.Length);
        Assert.Equal("llo", span.Of("hello"));
        Assert.False(span.Overlaps(new TextSpan(5, 7)));
        Assert.True(span.Overlaps(new TextSpan(4, 7)));
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(3, 2)]
    public void Rejects_invalid_ranges(int start, int end) => Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, end));

    [Property]
    public bool Contains_is_consistent_with_bounds(ushort a, ushort b, ushort c, ushort d)
    {
        var outer = new TextSpan(Math.Min(a, b), Math.Max(a, b));
        var inner = new TextSpan(Math.Min(c, d), Math.Max(c, d));
        return outer.Contains(inner) == (inner.Start >= outer.Start && inner.End <= outer.End);
    }
}
