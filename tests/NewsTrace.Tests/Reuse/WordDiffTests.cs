using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsTrace.Reuse.Diff;

namespace NewsTrace.Tests.Reuse;

public sealed class WordDiffTests
{
    [Fact]
    public void A_changed_word_is_one_replacement_between_equal_runs()
    {
        const string left = "Marovia will give its full support to the plan.";
        const string right = "Marovia will give its complete support to the plan!";

        var diff = WordDiff.Compare(left, right);

        Assert.Equal([DiffKind.Equal, DiffKind.Replace, DiffKind.Equal], diff.Select(s => s.Kind));
        Assert.Equal("full", diff[1].Left.Of(left));
        Assert.Equal("complete", diff[1].Right.Of(right));
        Assert.Equal("support to the plan", diff[2].Left.Of(left));
    }

    [Fact]
    public void Inserted_and_deleted_words_leave_an_empty_span_on_the_other_side()
    {
        const string left = "The talks lasted three hours in Dorvan.";
        const string right = "The talks lasted in Dorvan, officials said.";

        var diff = WordDiff.Compare(left, right);

        var deleted = Assert.Single(diff, s => s.Kind == DiffKind.Delete);
        Assert.Equal("three hours", deleted.Left.Of(left));
        Assert.True(deleted.Right.IsEmpty);
        var inserted = Assert.Single(diff, s => s.Kind == DiffKind.Insert);
        Assert.Equal("officials said", inserted.Right.Of(right));
        Assert.True(inserted.Left.IsEmpty);
    }

    [Fact]
    public void Case_and_punctuation_do_not_count_as_changes()
    {
        var diff = WordDiff.Compare("Velichko said: \"We agree.\"", "velichko said, we agree");

        Assert.Equal(DiffKind.Equal, Assert.Single(diff).Kind);
    }

    [Fact]
    public void Spans_of_a_passage_index_the_whole_text()
    {
        const string left = "Intro. Prices rose 5% on Monday. Outro.";
        const string right = "Prices rose 7% on Monday.";
        var passage = new NewsTrace.Documents.TextSpan(7, 32);

        var diff = WordDiff.Compare(left, passage, right, new NewsTrace.Documents.TextSpan(0, right.Length));

        var change = Assert.Single(diff, s => s.Kind == DiffKind.Replace);
        Assert.Equal("5", change.Left.Of(left));
        Assert.Equal("7", change.Right.Of(right));
    }

    [Fact]
    public void Empty_sides_give_one_insert_or_nothing()
    {
        Assert.Empty(WordDiff.Compare("", ""));
        Assert.Equal(DiffKind.Insert, Assert.Single(WordDiff.Compare("", "new words")).Kind);
        Assert.Equal(DiffKind.Delete, Assert.Single(WordDiff.Compare("old words", "...")).Kind);
    }

    [Property(MaxTest = 300)]
    public Property Each_side_is_rebuilt_from_its_segments_and_equal_runs_agree()
    {
        var words = Gen.Elements("a", "b", "c", "d", "e");
        var sentence = Gen.ListOf(words).Select(list => string.Join(' ', list));
        return Prop.ForAll(Arb.From(Gen.Zip(sentence, sentence)), pair =>
        {
            var (left, right) = pair;
            var diff = WordDiff.Compare(left, right);
            var leftBack = string.Join(' ', diff.Where(s => s.Kind != DiffKind.Insert).Select(s => s.Left.Of(left)));
            var rightBack = string.Join(' ', diff.Where(s => s.Kind != DiffKind.Delete).Select(s => s.Right.Of(right)));
            var equalRunsAgree = diff.Where(s => s.Kind == DiffKind.Equal).All(s => s.Left.Of(left) == s.Right.Of(right));
            var noTwoChangesInARow = diff.Zip(diff.Skip(1)).All(p => p.First.Kind == DiffKind.Equal || p.Second.Kind == DiffKind.Equal);
            return leftBack == left.Trim() && rightBack == right.Trim() && equalRunsAgree && noTwoChangesInARow;
        });
    }

    [Property(MaxTest = 200)]
    public Property Equal_words_form_a_longest_common_subsequence()
    {
        var words = Gen.Elements("x", "y", "z");
        var sentence = Gen.ListOf(words).Select(list => list.ToArray());
        return Prop.ForAll(Arb.From(Gen.Zip(sentence, sentence)), pair =>
        {
            var (left, right) = pair;
            var leftText = string.Join(' ', left);
            var rightText = string.Join(' ', right);
            var diff = WordDiff.Compare(leftText, rightText);
            var equalWords = diff.Where(s => s.Kind == DiffKind.Equal)
                .Sum(s => s.Left.Of(leftText).Split(' ').Length);
            return equalWords == Lcs(left, right);
        });
    }

    private static int Lcs(string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                table[i, j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal)
                    ? table[i - 1, j - 1] + 1
                    : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Length, b.Length];
    }
}
