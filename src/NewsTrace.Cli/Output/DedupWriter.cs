using System.Globalization;
using System.Text.Json;
using NewsTrace.Pipeline;
using NewsTrace.Reuse.Dedup;

namespace NewsTrace.Cli.Output;

/// <summary>Prints a deduplication result: JSON Lines for machines (one record per line, in input order), a summary and table for people.</summary>
internal static class DedupWriter
{
    private const int TableGroups = 50;

    /// <summary><c>{"id": ..., "group": ...}</c> per record; ids keep their JSON type (string or number).</summary>
    public static void WriteJsonLines(DedupResult result)
    {
        ArgumentNullException.ThrowIfNull(result);

        // One buffered stream and one reused writer: 100,000 lines must not mean 100,000 writers and flushes.
        using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        using var writer = new Utf8JsonWriter(stdout, ContractJson.WriterOptions());
        for (var record = 0; record < result.Records.Count; record++)
        {
            writer.Reset(stdout);
            writer.WriteStartObject();
            WriteId(writer, "id", result.Records[record]);
            WriteId(writer, "group", result.Records[result.Groups[record]]);
            writer.WriteEndObject();
            writer.Flush();
            stdout.WriteByte((byte)'\n');
        }
    }

    /// <summary>A one-line summary, then the largest groups.</summary>
    public static void WriteTable(DedupResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var sizes = new Dictionary<int, int>();
        foreach (var group in result.Groups)
        {
            sizes[group] = sizes.GetValueOrDefault(group) + 1;
        }

        var shared = sizes.Where(pair => pair.Value > 1).OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Records.Count:N0} records in {sizes.Count:N0} groups: {shared.Sum(pair => pair.Value) - shared.Count:N0} duplicates ({result.ExactDuplicates:N0} exact) in {shared.Count:N0} groups of two or more."));
        if (shared.Count == 0)
        {
            return;
        }

        var table = new TableWriter("Group", "Records");
        foreach (var (group, size) in shared.Take(TableGroups))
        {
            table.Add(result.Records[group].Value, size.ToString(CultureInfo.InvariantCulture));
        }

        table.Write(output);
        if (shared.Count > TableGroups)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… and {shared.Count - TableGroups:N0} smaller groups (--jsonl lists every record)."));
        }
    }

    private static void WriteId(Utf8JsonWriter writer, string name, DedupRecordId id)
    {
        writer.WritePropertyName(name);
        if (id.IsNumber)
        {
            writer.WriteRawValue(id.Value, skipInputValidation: true);
        }
        else
        {
            writer.WriteStringValue(id.Value);
        }
    }
}
