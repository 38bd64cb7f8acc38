using System.Collections.Immutable;

namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// Splits a comment section into comments: each commenter's header ("Name · date", "Name says:") starts one, and the
/// buttons under a comment ("Reply") end it. Headers, buttons and chrome (the comment form, the page footer) are left
/// out, as the HTML extractor leaves out author lines. Without headers the comments cannot be told apart and the section
/// is one entry.
/// </summary>
public static class CommentSplitter
{
    private const int MaximumHandleLength = 30;

    public static ImmutableArray<string> Split(IReadOnlyList<string> lines, IReadOnlyList<LineVerdict> verdicts, int from, int to)
    {
        var comments = ImmutableArray.CreateBuilder<string>();
        var current = new List<string>();
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            var verdict = verdicts[i];
            if (verdict.Kind == ScrapedLineKind.Blank)
            {
                continue;
            }

            var folded = BoilerplateCues.Fold(line);
            if (CommentLines.IsHeader(line, out var inline))
            {
                // "Jane Doe" on its own line, then "May 30, 2024 at 7:57 pm": the name belongs to the header, not the comment before.
                if (current.Count > 0 && i > from && lines[i - 1] == current[^1] && IsCommenterName(current[^1]))
                {
                    current.RemoveAt(current.Count - 1);
                }

                Flush(current, comments);
                if (inline.Length > 0)
                {
                    current.Add(inline);
                }

                continue;
            }

            if (folded.Any(char.IsLetter) && CommentLines.IsButtonRow(folded))
            {
                Flush(current, comments);
                continue;
            }

            if (verdict.Kind is ScrapedLineKind.Chrome or ScrapedLineKind.ListHeading or ScrapedLineKind.CommentStart or ScrapedLineKind.Credit
                || verdict.WeakChrome)
            {
                continue;
            }

            current.Add(line);
        }

        Flush(current, comments);
        return comments.ToImmutable();
    }

    private static bool IsCommenterName(string line)
    {
        var shape = LineShape.Of(line);
        return !shape.IsSentenceLike && (Bylines.IsPersonName(line) || (shape.Words == 1 && line.Length <= MaximumHandleLength));
    }

    private static void Flush(List<string> current, ImmutableArray<string>.Builder comments)
    {
        if (current.Count > 0)
        {
            comments.Add(string.Join('\n', current));
            current.Clear();
        }
    }
}
