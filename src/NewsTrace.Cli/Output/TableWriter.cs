using System.Globalization;
using System.Text;

namespace NewsTrace.Cli.Output;

/// <summary>
/// Plain-text tables for people: columns sized to their content, the widest text column shrunk to fit the
/// terminal, values on one line each.
/// </summary>
internal sealed class TableWriter(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _rows.Add([.. cells.Select(Clean)]);
    }

    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        FitToWidth(widths, TerminalWidth());
        output.WriteLine(Line(headers, widths).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            output.WriteLine(Line(row, widths).TrimEnd());
        }
    }

    private static string Line(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i].Length > widths[i] ? string.Concat(cells[i].AsSpan(0, Math.Max(0, widths[i] - 1)), "…") : cells[i];
            line.Append(cell.PadRight(widths[i]));
            if (i < cells.Length - 1)
            {
                line.Append("  ");
            }
        }

        return line.ToString();
    }

    /// <summary>Shrinks the widest column until the row fits; short columns (ids, dates) stay whole.</summary>
    private static void FitToWidth(int[] widths, int available)
    {
        var total = widths.Sum() + (2 * (widths.Length - 1));
        while (total > available)
        {
            var widest = Array.IndexOf(widths, widths.Max());
            if (widths[widest] <= 12)
            {
                return;
            }

            widths[widest]--;
            total--;
        }
    }

    private static int TerminalWidth()
    {
        if (Console.IsOutputRedirected)
        {
            return int.MaxValue;
        }

        try
        {
            return Math.Max(60, Console.WindowWidth);
        }
        catch (IOException)
        {
            return 120;
        }
    }

    private static string Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "-";
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString().Trim().ToString(CultureInfo.InvariantCulture);
    }
}
