using NewsTrace.Reuse.Compare;

namespace NewsTrace.Tests.Reuse.Alignment;

public sealed class PairsFileTests
{
    [Fact]
    public void Rows_keep_their_line_numbers_and_a_malformed_row_says_why()
    {
        const string file = "p1\tThe port closed.\tThe harbour shut.\n\nbroken row\np2\tA\tB\tC\n\tno id\there\np3\tOne.\t\n";

        var rows = PairsFile.Read(new StringReader(file)).ToList();

        Assert.Equal([1, 3, 4, 5, 6], rows.Select(r => r.Line));
        Assert.Equal(new TextPair(1, "p1", "The port closed.", "The harbour shut."), rows[0].Pair);
        Assert.Contains("found 1", rows[1].Error, StringComparison.Ordinal);
        Assert.Contains("found 4", rows[2].Error, StringComparison.Ordinal);
        Assert.Contains("id", rows[3].Error, StringComparison.Ordinal);
        Assert.Equal(new TextPair(6, "p3", "One.", ""), rows[4].Pair);
    }

    [Fact]
    public void A_byte_order_mark_and_windows_line_ends_are_not_part_of_the_fields()
    {
        var row = Assert.Single(PairsFile.Read(new StringReader("\uFEFFp1\tleft\tright\r\n")));

        Assert.Equal(new TextPair(1, "p1", "left", "right"), row.Pair);
    }
}
