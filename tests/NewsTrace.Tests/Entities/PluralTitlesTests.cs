using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

/// <summary>A plural office before a list of names is a title, no part of the first name.</summary>
public sealed class PluralTitlesTests
{
    [Theory]
    [InlineData("Co-chairmen Alastair Morton and Patrick Ponsolle said the banks had agreed .", "Alastair Morton")]
    [InlineData("Chairmen Ivo Kessler and Ruth Dalby signed the merger on Friday .", "Ivo Kessler")]
    public void A_plural_office_is_a_title(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == name && m.Type == EntityTypes.Person);
}
