using NewsTrace.Ingest;

namespace NewsTrace.Tests.Ingest;

public sealed class FieldMapTests
{
    [Fact]
    public void Parses_new_equals_old_pairs()
    {
        var map = FieldMap.Parse(" title = headline ,text=body,");

        Assert.Equal(2, map.Count);
        Assert.Equal("headline", map["title"]);
        Assert.Equal("body", map["text"]);
    }

    [Theory]
    [InlineData("title", "has no '='")]
    [InlineData("=headline", "needs a name on both sides")]
    [InlineData("title=", "needs a name on both sides")]
    [InlineData("title=a,title=b", "'title' is mapped twice")]
    [InlineData("title=a,text=a", "record field 'a' is mapped twice")]
    [InlineData("title=a,,text=b", "entry 2 is empty")]
    [InlineData("", "entry 1 is empty")]
    public void Errors_name_the_problem(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => FieldMap.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
