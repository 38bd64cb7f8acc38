using NewsTrace.Documents;
using NewsTrace.Reuse.Alignment;
using NewsTrace.Reuse.Compare;

namespace NewsTrace.Tests.Reuse.Alignment;

public sealed class AlignedDiffFormatterTests
{
    [Fact]
    public void Changed_words_are_marked_wdiff_style()
    {
        const string left = "Marovia pledged its full support to the plan.";
        const string right = "Marovia pledged its complete support to the new plan.";
        var passage = new AlignedPassage(new TextSpan(0, left.Length), new TextSpan(0, right.Length), 0.9, PassageMatch.Verbatim);

        var line = AlignedDiffFormatter.Format(left, right, passage, colour: false);

        Assert.Equal("Marovia pledged its [-full-] {+complete+} support to the {+new+} plan", line);
    }

    [Fact]
    public void Colour_wraps_the_marks_in_ansi_codes()
    {
        const string left = "The port closed.";
        const string right = "The port reopened.";
        var passage = new AlignedPassage(new TextSpan(0, left.Length), new TextSpan(0, right.Length), 0.5, PassageMatch.Reworded);

        var line = AlignedDiffFormatter.Format(left, right, passage, colour: true);

        Assert.Contains("\u001b[31m[-closed-]\u001b[0m", line, StringComparison.Ordinal);
        Assert.Contains("\u001b[32m{+reopened+}\u001b[0m", line, StringComparison.Ordinal);
    }
}
