using FsCheck;
using FsCheck.Xunit;
using NewsTrace.Storage.Postgres;

namespace NewsTrace.Storage.Tests.Postgres;

/// <summary>The query text builder alone: no server needed. The contract suite checks what PostgreSQL makes of it.</summary>
public sealed class TsQueryBuilderTests
{
    [Theory]
    [InlineData("budget", "'budget'")]
    [InlineData("  city   budget ", "'city' & 'budget'")]
    [InlineData("\"new budget\" council", "'new budget' & 'council'")]
    [InlineData("budg*", "'budg':*")]
    [InlineData("\"new budg\"*", "'new budg':*")]
    [InlineData("AND OR NOT", "'AND' & 'OR' & 'NOT'")]
    [InlineData("a & b | !c", "'a' & 'b' & '!c'")]
    [InlineData("title:budget", "'title:budget'")]
    [InlineData("budget:A", "'budget:A'")]
    [InlineData("it's", "'it''s'")]
    [InlineData("back\\slash", "'back\\\\slash'")]
    [InlineData("\"unbalanced phrase", "'unbalanced' & 'phrase'")]
    [InlineData("москва*", "'москва':*")]
    [InlineData("\0a\tb\u0002", "'a' & 'b'")]
    public void Builds_quoted_operands(string input, string expected)
        => Assert.Equal(expected, TsQueryBuilder.Build(input));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("( \" * : ^ - & | ! <->")]
    [InlineData("\"\" \"  \" \"()\"")]
    [InlineData("🎉 ✓ —")]
    public void Returns_null_when_nothing_is_searchable(string input)
        => Assert.Null(TsQueryBuilder.Build(input));

    [Fact]
    public void Unpaired_surrogates_become_separators_and_pairs_are_kept()
    {
        Assert.Equal("'a' & 'b'", TsQueryBuilder.Build("a\uD800b"));
        Assert.Equal("'a𝔸b'", TsQueryBuilder.Build("a𝔸b"));
    }

    [Property(MaxTest = 500)]
    public bool Every_operand_is_closed_and_no_quote_inside_is_left_bare(NonNull<string> input)
    {
        var built = TsQueryBuilder.Build(input.Get);
        if (built is null)
        {
            return true;
        }

        // Walk the text as tsquery reads it: outside quotes only "&", spaces, ":*" may appear.
        var insideQuotes = false;
        for (var index = 0; index < built.Length; index++)
        {
            var current = built[index];
            if (insideQuotes)
            {
                if (current == '\\')
                {
                    index++;
                }
                else if (current == '\'')
                {
                    if (index + 1 < built.Length && built[index + 1] == '\'')
                    {
                        index++;
                    }
                    else
                    {
                        insideQuotes = false;
                    }
                }
            }
            else if (current == '\'')
            {
                insideQuotes = true;
            }
            else if (current is not ('&' or ' ' or ':' or '*'))
            {
                return false;
            }
        }

        return !insideQuotes && !built.Contains('\0', StringComparison.Ordinal);
    }
}
