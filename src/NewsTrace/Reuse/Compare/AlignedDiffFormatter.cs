using System.Text;
using NewsTrace.Reuse.Alignment;
using NewsTrace.Reuse.Diff;

namespace NewsTrace.Reuse.Compare;

/// <summary>
/// Renders an aligned passage as one readable line of the right text with the left text's words marked where they
/// differ: <c>[-old-]</c> for words only the left has, <c>{+new+}</c> for words only the right has (wdiff style). With
/// colour, deletions are red and insertions green (ANSI), for a terminal.
/// </summary>
public static class AlignedDiffFormatter
{
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Reset = "\u001b[0m";

    public static string Format(string leftText, string rightText, AlignedPassage passage, bool colour)
    {
        ArgumentNullException.ThrowIfNull(leftText);
        ArgumentNullException.ThrowIfNull(rightText);
        ArgumentNullException.ThrowIfNull(passage);
        var builder = new StringBuilder();
        foreach (var segment in WordDiff.Compare(leftText, passage.Left, rightText, passage.Right))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            var deleted = OneLine(segment.Left.Of(leftText));
            var inserted = OneLine(segment.Right.Of(rightText));
            switch (segment.Kind)
            {
                case DiffKind.Equal:
                    builder.Append(inserted);
                    break;
                case DiffKind.Delete:
                    Deleted(builder, deleted, colour);
                    break;
                case DiffKind.Insert:
                    Inserted(builder, inserted, colour);
                    break;
                default:
                    Deleted(builder, deleted, colour);
                    builder.Append(' ');
                    Inserted(builder, inserted, colour);
                    break;
            }
        }

        return builder.ToString();
    }

    private static void Deleted(StringBuilder builder, string words, bool colour)
        => builder.Append(colour ? Red : "").Append("[-").Append(words).Append("-]").Append(colour ? Reset : "");

    private static void Inserted(StringBuilder builder, string words, bool colour)
        => builder.Append(colour ? Green : "").Append("{+").Append(words).Append("+}").Append(colour ? Reset : "");

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
}
