using System.Globalization;
using System.Text;

namespace NewsTrace.Storage.Postgres;

/// <summary>
/// Builds an article's search vector on the client, in PostgreSQL's tsvector text form, from
/// <see cref="SearchWords"/>: title words weigh A, text words D, positions count words. Doing this in the writer
/// rather than with to_tsvector() on the server keeps the server's CPU for queries (many workers can share one
/// database) and makes stored words and query words come from one splitter.
/// </summary>
public static class TsVectorBuilder
{
    /// <summary>Only this much of a text is indexed: a tsvector must stay under 1 MB, and a news article is far shorter.</summary>
    public const int IndexedCharacters = 200_000;

    // PostgreSQL keeps positions up to 16383 and at most 256 positions per lexeme; more would be dropped silently.
    private const int MaximumPosition = 16_383;
    private const int MaximumPositionsPerWord = 256;

    /// <summary>The tsvector text for an article; an article without words gives the empty vector "".</summary>
    public static string Build(string? title, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var positions = new Dictionary<string, List<(int Position, char Weight)>>(StringComparer.Ordinal);
        var position = 0;
        foreach (var word in SearchWords.Split(title ?? ""))
        {
            Add(positions, word, ++position, 'A');
        }

        // A gap of one position between title and text, so a phrase never runs from the headline into the body.
        position++;
        foreach (var word in SearchWords.Split(text.Length > IndexedCharacters ? text[..IndexedCharacters] : text))
        {
            Add(positions, word, ++position, 'D');
        }

        var vector = new StringBuilder();
        foreach (var (word, wordPositions) in positions)
        {
            if (vector.Length > 0)
            {
                vector.Append(' ');
            }

            AppendQuoted(vector, word);
            vector.Append(':');
            for (var index = 0; index < wordPositions.Count; index++)
            {
                if (index > 0)
                {
                    vector.Append(',');
                }

                vector.Append(wordPositions[index].Position.ToString(CultureInfo.InvariantCulture)).Append(wordPositions[index].Weight);
            }
        }

        return vector.ToString();
    }

    /// <summary>Quotes a lexeme for tsvector or tsquery text: inside quotes a backslash escapes and a quote is doubled.</summary>
    internal static void AppendQuoted(StringBuilder target, string lexeme)
        => target.Append('\'').Append(lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)).Append('\'');

    private static void Add(Dictionary<string, List<(int Position, char Weight)>> positions, string word, int position, char weight)
    {
        if (!positions.TryGetValue(word, out var list))
        {
            list = [];
            positions.Add(word, list);
        }

        var clamped = Math.Min(position, MaximumPosition);
        if (list.Count < MaximumPositionsPerWord && (list.Count == 0 || list[^1].Position < clamped))
        {
            list.Add((clamped, weight));
        }
    }
}
