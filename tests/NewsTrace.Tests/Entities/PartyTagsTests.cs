using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class PartyTagsTests
{
    [Theory]
    [InlineData("Sen. Ilse Marten (R-Alaska) said she was worried, and Owen Tally (R-Ky.) said he would wait.", "R-Alaska")]
    [InlineData("Sen. Ilse Marten (R-Alaska) said she was worried, and Owen Tally (R-Ky.) said he would wait.", "R-Ky")]
    [InlineData("Sen. Edwin Marks (D-Mass.) called the ruling a blow.", "D-Mass")]
    public void A_party_state_tag_is_no_name(string text, string tag)
        => Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text).StartsWith(tag, StringComparison.Ordinal));
}
