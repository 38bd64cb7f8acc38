using System.Text;
using NewsTrace.Documents;
using NewsTrace.Reuse;
using NewsTrace.Reuse.Diff;

namespace NewsTrace.Cli.Output;

/// <summary>
/// Aligned passages in two columns fitted to the terminal, changed words marked: coloured on a terminal (red on the
/// left, green on the right), bracketed otherwise ([-word-] left, {+word+} right) so the marks survive a pipe.
/// </summary>
internal sealed class SideBySideWriter(TextWriter output, int width, bool colour)
{
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Reset = "\u001b[0m";
    private const string Separator = " │ ";

    public void Write(string leftText, string rightText, PairComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var column = Math.Max(20, (width - Separator.Length) / 2);
        foreach (var passage in comparison.Passages)
        {
            var diff = WordDiff.Compare(leftText, passage.Left, rightText, passage.Right);
            var left = Wrap(Words(leftText, passage.Left, diff.Where(s => s.Kind is DiffKind.Delete or DiffKind.Replace).Select(s => s.Left), left: true), column);
            var right = Wrap(Words(rightText, passage.Right, diff.Where(s => s.Kind is DiffKind.Insert or DiffKind.Replace).Select(s => s.Right), left: false), column);
            for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
            {
                var l = i < left.Count ? left[i] : new Line("", 0);
                var r = i < right.Count ? right[i] : new Line("", 0);
                output.WriteLine(l.Text + new string(' ', Math.Max(0, column - l.Visible)) + Separator + r.Text);
            }

            output.WriteLine(new string('─', column) + "─┼─" + new string('─', column));
        }
    }

    /// <summary>The words of a passage with their marks: (text as printed, visible length).</summary>
    private List<(string Text, int Visible)> Words(string text, TextSpan passage, IEnumerable<TextSpan> changed, bool left)
    {
        var changes = changed.Where(c => !c.IsEmpty).ToList();
        var words = new List<(string, int)>();
        foreach (var word in passage.Of(text).Split([' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add((word, word.Length));
        }

        // Mark by position: walk the passage's whitespace-separated words and test each against the changed spans.
        var marked = new List<(string, int)>(words.Count);
        var position = passage.Start;
        foreach (var (word, length) in words)
        {
            var start = text.IndexOf(word, position, StringComparison.Ordinal);
            var span = new TextSpan(start, start + word.Length);
            position = span.End;
            if (!changes.Any(c => c.Overlaps(span)))
            {
                marked.Add((word, length));
            }
            else if (colour)
            {
                marked.Add(((left ? Red : Green) + word + Reset, length));
            }
            else
            {
                marked.Add((left ? "[-" + word + "-]" : "{+" + word + "+}", length + 4));
            }
        }

        return marked;
    }

    private static List<Line> Wrap(List<(string Text, int Visible)> words, int column)
    {
        var lines = new List<Line>();
        var current = new StringBuilder();
        var visible = 0;
        foreach (var (word, length) in words)
        {
            if (visible > 0 && visible + 1 + length > column)
            {
                lines.Add(new Line(current.ToString(), visible));
                current.Clear();
                visible = 0;
            }

            if (visible > 0)
            {
                current.Append(' ');
                visible++;
            }

            // A word longer than the column is cut rather than breaking the layout.
            current.Append(length > column && word.Length == length ? word[..column] : word);
            visible += Math.Min(length, column);
        }

        if (visible > 0)
        {
            lines.Add(new Line(current.ToString(), visible));
        }

        return lines;
    }

    private readonly record struct Line(string Text, int Visible);
}
