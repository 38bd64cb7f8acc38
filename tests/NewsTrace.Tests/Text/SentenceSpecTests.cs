using NewsTrace.Text;

namespace NewsTrace.Tests.Text;

public sealed class SentenceSpecTests
{
    public static TheoryData<int, string, string> Cases => SpecFiles.SentenceCases();

    [Fact]
    public void The_spec_file_has_enough_cases() => Assert.True(Cases.Count >= 30, $"sentences.spec has {Cases.Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_as_the_spec_says(int line, string input, string expected)
    {
        var actual = string.Join('\n', SentenceSplitter.Split(input).Select(span => span.Of(input).Replace('\n', '⏎')));
        Assert.True(expected == actual, $"sentences.spec line {line}\n--- input:\n{input}\n--- expected:\n{expected}\n--- actual:\n{actual}");
    }
}
