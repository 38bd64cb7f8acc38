using NewsTrace.Reuse;

namespace NewsTrace.Tests.Reuse;

public sealed class ReuseRelationNamesTests
{
    [Fact]
    public void Every_relation_name_parses_back_to_its_relation()
    {
        foreach (var relation in Enum.GetValues<ReuseRelation>())
        {
            Assert.True(ReuseRelationNames.TryParse(relation.Name(), out var back));
            Assert.Equal(relation, back);
        }
    }

    [Theory]
    [InlineData("copy")]
    [InlineData("Rewrite")]
    [InlineData(null)]
    public void Unknown_names_do_not_parse(string? name) => Assert.False(ReuseRelationNames.TryParse(name, out _));
}
