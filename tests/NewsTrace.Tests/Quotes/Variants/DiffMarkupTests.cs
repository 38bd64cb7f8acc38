using NewsTrace.Quotes.Variants;
using NewsTrace.Reuse.Diff;

namespace NewsTrace.Tests.Quotes.Variants;

public sealed class DiffMarkupTests
{
    [Theory]
    [InlineData("the bridge will open", "the bridge will open", "the bridge will open")]
    [InlineData("the bridge will open", "the new bridge will open", "the {+new+} bridge will open")]
    [InlineData("the old bridge will open", "the bridge will open", "the [-old-]bridge will open")]
    [InlineData("We are ready.", "We are not ready!", "We are {+not+} ready!")]
    public void Changes_are_marked_in_the_variant_s_own_text(string earliest, string variant, string expected)
        => Assert.Equal(expected, DiffMarkup.Mark(earliest, variant, WordDiff.Compare(earliest, variant)));
}
