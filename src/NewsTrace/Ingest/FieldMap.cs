using System.Collections.Immutable;

namespace NewsTrace.Ingest;

/// <summary>
/// Field renames for JSON Lines records, from <c>--map new=old,...</c>: the record field <c>old</c> is read as
/// <c>new</c>. For example <c>title=headline,text=body</c> reads a record's "headline" as its title.
/// </summary>
public static class FieldMap
{
    /// <summary>No renames.</summary>
    public static IReadOnlyDictionary<string, string> Empty { get; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Parses "new=old,new2=old2" into a map from new name to old name.</summary>
    /// <exception cref="FormatException">The text is not a list of new=old pairs; the message says which entry is wrong.</exception>
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var map = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var entries = text.Split(',');
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i].Trim();
            if (entry.Length == 0)
            {
                if (i == entries.Length - 1 && i > 0)
                {
                    continue; // a trailing comma is harmless
                }

                throw new FormatException($"--map: entry {i + 1} is empty; expected new=old pairs separated by commas, e.g. title=headline,text=body");
            }

            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                throw new FormatException($"--map: '{entry}' has no '='; write new=old, e.g. text={entry} to read the field '{entry}' as the text");
            }

            var newName = entry[..equals].Trim();
            var oldName = entry[(equals + 1)..].Trim();
            if (newName.Length == 0 || oldName.Length == 0)
            {
                throw new FormatException($"--map: '{entry}' needs a name on both sides of '=' (new=old)");
            }

            if (map.ContainsKey(newName))
            {
                throw new FormatException($"--map: '{newName}' is mapped twice; map each field once");
            }

            if (!sources.Add(oldName))
            {
                throw new FormatException($"--map: the record field '{oldName}' is mapped twice; a field can be read under one name only");
            }

            map[newName] = oldName;
        }

        return map.ToImmutable();
    }
}
