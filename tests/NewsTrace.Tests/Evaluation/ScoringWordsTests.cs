using System.Text;
using NewsTrace.Evaluation;

namespace NewsTrace.Tests.Evaluation;

public class ScoringWordsTests
{
    [Theory]
    [InlineData("The Harbour re-opens, at 9:30!", "the|harbour|re|opens|at|9|30")]
    [InlineData("snake_case and café", "snake_case|and|café")]
    [InlineData("x²½Ⅻ", "x²½ⅻ")]
    [InlineData("Привет, мир", "привет|мир")]
    [InlineData("a\u203Fb", "a|b")]
    [InlineData("", "")]
    [InlineData("  ... ", "")]
    public void Words_are_python_word_runs_lower_cased(string text, string expected)
        => Assert.Equal(expected, string.Join('|', ScoringWords.Tokenize(text)));

    [Fact]
    public void Combining_marks_split_words_as_in_python()
    {
        // Python: re.findall(r"\w+", "e\u0301te") == ["e", "te"], and "नमस्ते" gives ["नमस", "त"].
        Assert.Equal(["e", "te"], ScoringWords.Tokenize("e\u0301te"));
        Assert.Equal(["नमस", "त"], ScoringWords.Tokenize("नमस्ते"));
    }

    [Fact]
    public void Letters_outside_the_basic_plane_stay_whole()
    {
        var bold = "𝐀𝐁";
        Assert.True(ScoringWords.IsWordRune(Rune.GetRuneAt(bold, 0)));
        Assert.Equal([bold], ScoringWords.Tokenize(bold));
    }

    [Fact]
    public void Counts_keep_multiplicity()
    {
        var counts = ScoringWords.Count("Port port PORT harbour");
        Assert.Equal(3, counts["port"]);
        Assert.Equal(1, counts["harbour"]);
        Assert.Equal(2, counts.Count);
    }
}
