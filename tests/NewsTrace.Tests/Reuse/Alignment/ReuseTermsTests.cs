using NewsTrace.Reuse.Alignment;

namespace NewsTrace.Tests.Reuse.Alignment;

public sealed class ReuseTermsTests
{
    [Theory]
    [InlineData("trips", "visit")]
    [InlineData("visited", "visit")]
    [InlineData("backing", "support")]
    [InlineData("met", "meet")]
    [InlineData("co-operation", "cooperation")]
    [InlineData("six", "6")]
    [InlineData("U.S.", "us.")]
    [InlineData("US", "us.")]
    [InlineData("protesters", "protester")]
    public void Variants_meet_at_one_term(string written, string term) => Assert.Equal(term, ReuseTerms.OfWord(written));

    [Theory]
    [InlineData("said")]
    [InlineData("stated")]
    [InlineData("told")]
    [InlineData("the")]
    [InlineData("us")]
    public void Function_words_and_reporting_verbs_give_no_term(string written) => Assert.Null(ReuseTerms.OfWord(written));

    [Fact]
    public void Thousands_separators_do_not_matter_in_numbers() => Assert.Equal(ReuseTerms.OfNumber("1850"), ReuseTerms.OfNumber("1,850"));
}
