using System.Collections.Immutable;
using System.Globalization;
using NewsTrace.Documents;
using NewsTrace.Text;

namespace NewsTrace.Reuse.Diff;

/// <summary>
/// A word-level diff of two passages: the longest common subsequence of their words (letters and digits, compared
/// without case), reported as runs of equal, deleted, inserted and replaced words. Punctuation is not a word, so
/// "said:" and "said," agree. Common leading and trailing words are matched first, which makes near-identical
/// passages cheap; the middle is solved exactly up to <see cref="MaxCells"/> table cells and, beyond that, reported
/// as one replaced run rather than risk a quadratic blow-up on a pathological input.
/// </summary>
public static class WordDiff
{
    /// <summary>The largest left × right middle solved exactly (about 4 MB of table).</summary>
    public const int MaxCells = 4_000_000;

    public static ImmutableArray<DiffSegment> Compare(string leftText, TextSpan left, string rightText, TextSpan right)
    {
        ArgumentNullException.ThrowIfNull(leftText);
        ArgumentNullException.ThrowIfNull(rightText);
        var leftWords = Words(leftText, left);
        var rightWords = Words(rightText, right);
        var leftKeys = Keys(leftText, leftWords);
        var rightKeys = Keys(rightText, rightWords);
        var ops = Script(leftKeys, rightKeys);
        return Segments(ops, leftWords, rightWords, left, right);
    }

    /// <summary>Compares two whole strings.</summary>
    public static ImmutableArray<DiffSegment> Compare(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Compare(left, new TextSpan(0, left.Length), right, new TextSpan(0, right.Length));
    }

    private static List<TextSpan> Words(string text, TextSpan span)
    {
        var words = new List<TextSpan>();
        var slice = text.AsSpan(span.Start, span.End - span.Start);
        foreach (var token in Tokenizer.Enumerate(slice))
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation)
            {
                words.Add(new TextSpan(span.Start + token.Start, span.Start + token.End));
            }
        }

        return words;
    }

    private static string[] Keys(string text, List<TextSpan> words)
    {
        var keys = new string[words.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = words[i].Of(text).ToLower(CultureInfo.InvariantCulture);
        }

        return keys;
    }

    /// <summary>The edit script: for each step, whether it keeps a word of both sides, drops a left word or adds a right one.</summary>
    private static List<DiffKind> Script(string[] left, string[] right)
    {
        var prefix = 0;
        while (prefix < left.Length && prefix < right.Length && string.Equals(left[prefix], right[prefix], StringComparison.Ordinal))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < left.Length - prefix && suffix < right.Length - prefix
               && string.Equals(left[left.Length - 1 - suffix], right[right.Length - 1 - suffix], StringComparison.Ordinal))
        {
            suffix++;
        }

        var ops = new List<DiffKind>(left.Length + right.Length);
        ops.AddRange(Enumerable.Repeat(DiffKind.Equal, prefix));
        var n = left.Length - prefix - suffix;
        var m = right.Length - prefix - suffix;
        if ((long)n * m > MaxCells)
        {
            ops.AddRange(Enumerable.Repeat(DiffKind.Delete, n));
            ops.AddRange(Enumerable.Repeat(DiffKind.Insert, m));
        }
        else
        {
            Middle(left.AsSpan(prefix, n), right.AsSpan(prefix, m), ops);
        }

        ops.AddRange(Enumerable.Repeat(DiffKind.Equal, suffix));
        return ops;
    }

    /// <summary>Classic LCS table from the end, then a forward walk that prefers deletions before insertions.</summary>
    private static void Middle(ReadOnlySpan<string> left, ReadOnlySpan<string> right, List<DiffKind> ops)
    {
        var n = left.Length;
        var m = right.Length;
        var width = m + 1;
        var table = new int[(n + 1) * width];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[(i * width) + j] = string.Equals(left[i], right[j], StringComparison.Ordinal)
                    ? table[((i + 1) * width) + j + 1] + 1
                    : Math.Max(table[((i + 1) * width) + j], table[(i * width) + j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (string.Equals(left[x], right[y], StringComparison.Ordinal))
            {
                ops.Add(DiffKind.Equal);
                x++;
                y++;
            }
            else if (table[((x + 1) * width) + y] >= table[(x * width) + y + 1])
            {
                ops.Add(DiffKind.Delete);
                x++;
            }
            else
            {
                ops.Add(DiffKind.Insert);
                y++;
            }
        }

        ops.AddRange(Enumerable.Repeat(DiffKind.Delete, n - x));
        ops.AddRange(Enumerable.Repeat(DiffKind.Insert, m - y));
    }

    /// <summary>Groups the script into runs; a run of deletions next to a run of insertions becomes one replacement.</summary>
    private static ImmutableArray<DiffSegment> Segments(List<DiffKind> ops, List<TextSpan> leftWords, List<TextSpan> rightWords, TextSpan left, TextSpan right)
    {
        var segments = ImmutableArray.CreateBuilder<DiffSegment>();
        int x = 0, y = 0, index = 0;
        while (index < ops.Count)
        {
            if (ops[index] == DiffKind.Equal)
            {
                var (x0, y0) = (x, y);
                while (index < ops.Count && ops[index] == DiffKind.Equal)
                {
                    index++;
                    x++;
                    y++;
                }

                segments.Add(new DiffSegment(DiffKind.Equal, Cover(leftWords, x0, x, left), Cover(rightWords, y0, y, right)));
                continue;
            }

            var (startX, startY) = (x, y);
            while (index < ops.Count && ops[index] != DiffKind.Equal)
            {
                if (ops[index] == DiffKind.Delete)
                {
                    x++;
                }
                else
                {
                    y++;
                }

                index++;
            }

            var kind = x > startX && y > startY ? DiffKind.Replace : x > startX ? DiffKind.Delete : DiffKind.Insert;
            segments.Add(new DiffSegment(kind, Cover(leftWords, startX, x, left), Cover(rightWords, startY, y, right)));
        }

        return segments.ToImmutable();
    }

    /// <summary>The span from word <paramref name="from"/> to the end of word <paramref name="to"/> − 1; empty at the gap when no words.</summary>
    private static TextSpan Cover(List<TextSpan> words, int from, int to, TextSpan whole)
    {
        if (to > from)
        {
            return new TextSpan(words[from].Start, words[to - 1].End);
        }

        var at = from < words.Count ? words[from].Start : from > 0 ? words[from - 1].End : whole.Start;
        return new TextSpan(at, at);
    }
}
