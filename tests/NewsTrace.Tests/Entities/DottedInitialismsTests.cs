using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class DottedInitialismsTests
{
    [Theory]
    [InlineData("Agents of the F.B.I. searched the depot on Tuesday.", "F.B.I.")]
    [InlineData("Two former C.I.A. officers signed the letter.", "C.I.A.")]
    [InlineData("The N.F.L. fined the club on Monday.", "N.F.L.")]
    public void A_known_organisation_s_dotted_initials_name_it(string text, string written)
    {
        var mention = Assert.Single(EntityFinder.Find(text), m => m.Span.Of(text) == written);

        Assert.Equal(EntityTypes.Organization, mention.Type);
    }

    [Fact]
    public void Two_dotted_letters_are_not_taken_for_a_known_acronym()
    {
        const string text = "The song was written by A.P. Holloway in a cabin near the river.";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == "A.P." && m.Type == EntityTypes.Organization);
    }
}
