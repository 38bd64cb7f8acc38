using NewsTrace.Entities;
using NewsTrace.Entities.Tagging;
using NewsTrace.Text;

namespace NewsTrace.Tests.Entities;

public sealed class FirmNameShapesTests
{
    [Theory]
    [InlineData("The merged line , K&T Ostmar , will be run from Hamburg .", "K&T Ostmar")]
    [InlineData("Mutual insurers Union des Mutuelles de Lyon ( UML ) agreed to merge on Friday .", "Union des Mutuelles de Lyon")]
    [InlineData("Mutual insurers Union des Mutuelles de Lyon ( UML ) agreed to merge on Friday .", "UML")]
    public void Ampersands_and_french_particles_stay_inside_a_firm_s_name(string text, string name)
    {
        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == name);

        Assert.NotNull(found);
        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Fact]
    public void A_player_s_role_ending_in_maker_does_not_make_him_a_firm()
    {
        const string text = "Romanian playmaker Dorin Vasilescu scored twice in the second half .";

        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == "Dorin Vasilescu");

        Assert.NotNull(found);
        Assert.Equal(EntityTypes.Person, found.Type);
    }

    [Fact]
    public void The_rank_of_an_office_read_as_a_person_is_dropped()
    {
        // The tagger reads "Second Prime" as a person in some contexts; the pass after it is tested on that reading directly.
        const string text = "The pact was signed by Second Prime Minister Hun Sen on Friday .";
        var tokens = Tokenizer.Tokenize(text);
        var merged = new List<NameCandidate>
        {
            new(5, 6, EntityTypes.Person, null, NameEvidence.Strong),
            new(8, 9, EntityTypes.Person, null, NameEvidence.Strong),
        };

        TitlesAlone.Apply(text, tokens, merged);

        var name = Assert.Single(merged);
        Assert.Equal("Hun Sen", text[tokens[name.FirstToken].Start..tokens[name.LastToken].End]);
    }
}
