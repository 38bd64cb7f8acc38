namespace NewsTrace.Entities.Tagging;

/// <summary>
/// <see cref="char.ToLowerInvariant(char)"/> for every char, as a table built once. With ICU globalisation each non-ASCII
/// char is lower-cased by a call into ICU (tens of nanoseconds), and the tagger lower-cases every word several times
/// (the word, its prefixes and suffixes, the word-list lookups), so documents with Cyrillic or Greek words spent more time
/// there than in scoring. The table holds exactly what <see cref="char.ToLowerInvariant(char)"/> returns, so the feature
/// hashes the model was trained on do not change.
/// </summary>
internal static class InvariantLower
{
    private static readonly char[] Table = Build();

    public static char Of(char c) => Table[c];

    /// <summary>
    /// <paramref name="word"/> lower-cased into <paramref name="lower"/> (as long as the word), as
    /// <see cref="MemoryExtensions.ToLowerInvariant"/> would: that maps a surrogate pair as one code point, which a char at
    /// a time cannot, so a word holding surrogates goes through it.
    /// </summary>
    public static void Into(ReadOnlySpan<char> word, Span<char> lower)
    {
        if (word.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            word.ToLowerInvariant(lower);
            return;
        }

        var table = Table;
        for (var k = 0; k < word.Length; k++)
        {
            lower[k] = table[word[k]];
        }
    }

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
