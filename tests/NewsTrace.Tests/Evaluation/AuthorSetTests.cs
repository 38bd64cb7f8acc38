using NewsTrace.Evaluation;

namespace NewsTrace.Tests.Evaluation;

public class AuthorSetTests
{
    [Theory]
    [InlineData("Ann Lee and Bo Park")]
    [InlineData("Bo Park, Ann Lee")]
    [InlineData("By ann  LEE & Bo Park")]
    [InlineData("Ann Lee, and Bo Park")]
    public void Lists_of_the_same_names_are_the_same_set(string text)
        => Assert.Equal(["ann lee", "bo park"], AuthorSet.FromText(text));

    [Fact]
    public void Names_from_an_extractor_list_are_split_the_same_way()
        => Assert.True(AuthorSet.FromNames(["Bo Park", "Ann Lee and Cy Dunn"]).SetEquals(AuthorSet.FromText("Ann Lee, Bo Park and Cy Dunn")));

    [Fact]
    public void Missing_author_is_the_empty_set()
    {
        Assert.Empty(AuthorSet.FromText(null));
        Assert.Empty(AuthorSet.FromText(" , "));
    }
}
