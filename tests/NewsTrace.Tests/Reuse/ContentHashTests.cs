using NewsTrace.Reuse;

namespace NewsTrace.Tests.Reuse;

public sealed class ContentHashTests
{
    [Fact]
    public void Ignores_case_whitespace_and_punctuation()
        => Assert.Equal(ContentHash.Of("The minister  arrived, on Wednesday."), ContentHash.Of("the Minister arrived on\nWednesday"));

    [Fact]
    public void Word_changes_change_the_hash()
        => Assert.NotEqual(ContentHash.Of("The minister arrived on Wednesday."), ContentHash.Of("The minister arrived on Tuesday."));

    [Fact]
    public void Word_boundaries_matter()
        => Assert.NotEqual(ContentHash.Of("foot ball"), ContentHash.Of("football"));

    [Fact]
    public void Composed_and_decomposed_accents_hash_the_same()
        => Assert.Equal(ContentHash.Of("caf\u00e9"), ContentHash.Of("cafe\u0301"));
}
