using NewsTrace.Evaluation;

namespace NewsTrace.Tests.Evaluation;

public class ComparableTextTests
{
    [Theory]
    [InlineData("  The  Harbour\u00A0Reopens\n", "the harbour reopens")]
    [InlineData("“Open” — ‘soon’ – said…", "\"open\" - 'soon' - said...")]
    [InlineData("«Oui»", "\"oui\"")]
    [InlineData(null, "")]
    public void Normalize_folds_case_space_quotes_and_dashes(string? text, string expected)
        => Assert.Equal(expected, ComparableText.Normalize(text));

    [Fact]
    public void Snippets_match_across_typography_and_line_breaks()
    {
        var text = ComparableText.Normalize("The mayor said: “We’ll reopen\nthe pier — soon.”");

        Assert.True(ComparableText.ContainsSnippet(text, "\"We'll reopen the pier - soon"));
        Assert.False(ComparableText.ContainsSnippet(text, "reopen the bridge"));
    }

    [Fact]
    public void An_empty_snippet_is_never_found()
        => Assert.False(ComparableText.ContainsSnippet("anything", "  "));
}
