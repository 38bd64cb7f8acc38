namespace NewsTrace.Reuse.Compare;

/// <summary>
/// Reads a pairs file: one pair per line, <c>id&lt;TAB&gt;text_a&lt;TAB&gt;text_b</c>, no header, UTF-8. A line that does not
/// have exactly three fields, or has an empty id, becomes an error row naming its line; the other rows are unaffected.
/// Blank lines are skipped. Texts are plain text (no escaping), so a text cannot contain a tab or a line break.
/// </summary>
public static class PairsFile
{
    public static IEnumerable<PairsFileRow> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(number, line);
        }
    }

    public static PairsFileRow Parse(int number, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = line.Split('\t');
        if (fields.Length != 3)
        {
            return new PairsFileRow(number, null, $"expected 3 tab-separated fields (id, text_a, text_b), found {fields.Length}");
        }

        var id = fields[0].Trim();
        return id.Length == 0
            ? new PairsFileRow(number, null, "the id (first field) is empty")
            : new PairsFileRow(number, new TextPair(number, id, fields[1], fields[2]), null);
    }
}
