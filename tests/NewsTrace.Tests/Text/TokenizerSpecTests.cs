using NewsTrace.Text;

namespace NewsTrace.Tests.Text;

public sealed class TokenizerSpecTests
{
    public static TheoryData<int, string, string> Cases => SpecFiles.TokenizerCases();

    [Fact]
    public void The_spec_file_has_enough_cases() => Assert.True(Cases.Count >= 40, $"tokenizer.spec has {Cases.Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenizes_as_the_spec_says(int line, string input, string expected)
    {
        var actual = string.Join(" | ", Tokenizer.Tokenize(input).Select(token => $"{input[token.Start..token.End]}/{KindCode(token.Kind)}"));
        Assert.True(expected == actual, $"tokenizer.spec line {line}\n  input:    {input}\n  expected: {expected}\n  actual:   {actual}");
    }

    private static char KindCode(TokenKind kind) => kind switch
    {
        TokenKind.Word => 'W',
        TokenKind.Number => 'N',
        TokenKind.Abbreviation => 'A',
        TokenKind.Url => 'U',
        TokenKind.Email => 'E',
        TokenKind.QuoteMark => 'Q',
        TokenKind.Punctuation => 'P',
        TokenKind.Symbol => 'S',
        _ => '?',
    };
}
