using System.Collections.Immutable;
using System.Text;
using NewsTrace.Reuse.Diff;

namespace NewsTrace.Quotes.Variants;

/// <summary>
/// Writes a variant's text with its changes from the earliest marked in the wdiff style: "[-full-]{+complete+}
/// support", deleted words in [- -], inserted ones in {+ +}. Text between words is the variant's own.
/// </summary>
public static class DiffMarkup
{
    public static string Mark(string earliest, string variant, ImmutableArray<DiffSegment> diff)
    {
        ArgumentNullException.ThrowIfNull(earliest);
        ArgumentNullException.ThrowIfNull(variant);
        var builder = new StringBuilder(variant.Length + 16);
        var cursor = 0;
        foreach (var segment in diff)
        {
            if (segment.Right.Start > cursor)
            {
                builder.Append(variant, cursor, segment.Right.Start - cursor);
                cursor = segment.Right.Start;
            }

            switch (segment.Kind)
            {
                case DiffKind.Equal:
                    builder.Append(segment.Right.Slice(variant));
                    break;
                case DiffKind.Delete:
                    builder.Append("[-").Append(segment.Left.Slice(earliest)).Append("-]");
                    break;
                case DiffKind.Insert:
                    builder.Append("{+").Append(segment.Right.Slice(variant)).Append("+}");
                    break;
                case DiffKind.Replace:
                    builder.Append("[-").Append(segment.Left.Slice(earliest)).Append("-]{+").Append(segment.Right.Slice(variant)).Append("+}");
                    break;
                default:
                    break;
            }

            cursor = Math.Max(cursor, segment.Right.End);
        }

        return builder.Append(variant, cursor, variant.Length - cursor).ToString();
    }
}
