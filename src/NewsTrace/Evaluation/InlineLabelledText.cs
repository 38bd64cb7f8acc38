using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NewsTrace.Entities.Tagging;

namespace NewsTrace.Evaluation;

/// <summary>
/// Reads training texts whose names are marked inline, "[PER Helmut Kohl] met [LOC Bonn] officials": one document per block
/// of lines, blocks separated by a blank line, lines starting with '#' ignored. The brackets and labels are removed from the
/// text; each marked name becomes a <see cref="LabelledSpan"/> over its words.
/// </summary>
public static class InlineLabelledText
{
    public static IReadOnlyList<LabelledText> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path));
    }

    public static IReadOnlyList<LabelledText> Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var documents = new List<LabelledText>();
        var block = new List<string>();
        foreach (var line in content.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.StartsWith('#'))
            {
                continue;
            }

            if (trimmed.Trim().Length == 0)
            {
                AddBlock(block, documents);
                continue;
            }

            block.Add(trimmed);
        }

        AddBlock(block, documents);
        return documents;
    }

    /// <summary>One marked-up line or block: "[ORG Reuters] reported" gives "Reuters reported" and ORG over 0..7.</summary>
    public static LabelledText ParseDocument(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var text = new StringBuilder(marked.Length);
        var names = ImmutableArray.CreateBuilder<LabelledSpan>();
        var i = 0;
        while (i < marked.Length)
        {
            if (marked[i] != '[')
            {
                text.Append(marked[i++]);
                continue;
            }

            var close = marked.IndexOf(']', i);
            var space = marked.IndexOf(' ', i);
            if (close < 0 || space < 0 || space > close || space == i + 1 || close == space + 1)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"bad name mark at character {i}: expected [LABEL words]"));
            }

            var label = marked[(i + 1)..space];
            var start = text.Length;
            text.Append(marked, space + 1, close - space - 1);
            names.Add(new LabelledSpan(start, text.Length, label));
            i = close + 1;
        }

        return new LabelledText(text.ToString(), names.ToImmutable());
    }

    private static void AddBlock(List<string> block, List<LabelledText> documents)
    {
        if (block.Count > 0)
        {
            documents.Add(ParseDocument(string.Join('\n', block)));
            block.Clear();
        }
    }
}
