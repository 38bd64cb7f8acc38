using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class OfficeOfNamesTests
{
    [Theory]
    [InlineData("The audit was released by the Office of the Inspector General on Tuesday.", "Office of the Inspector General")]
    [InlineData("The audit was released by the Labor Department's Office of the Inspector General on Tuesday.", "Office of the Inspector General")]
    [InlineData("Officials at the Department of the Treasury declined to comment.", "Department of the Treasury")]
    public void A_body_named_with_of_the_is_one_name(string text, string body)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text).EndsWith(body, StringComparison.Ordinal) && m.Type == EntityTypes.Organization);
}
