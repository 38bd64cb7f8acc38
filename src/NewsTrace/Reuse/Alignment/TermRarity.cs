using NewsTrace.Stories.Features;
using NewsTrace.Text;

namespace NewsTrace.Reuse.Alignment;

/// <summary>
/// How rare each reuse term is in a corpus: its document frequency, read as a smoothed inverse document frequency.
/// Rare words are what a rewriter cannot avoid keeping (names, numbers, the specific nouns of the story), so they weigh
/// most when sentences are matched. Without a table, the comparer falls back to the sentences of the pair itself.
/// Immutable once built, so one instance can serve many comparisons at once.
/// </summary>
public sealed class TermRarity
{
    private readonly Dictionary<string, int> _documentFrequency;

    private TermRarity(Dictionary<string, int> documentFrequency, int documentCount)
    {
        _documentFrequency = documentFrequency;
        DocumentCount = documentCount;
    }

    public int DocumentCount { get; }

    /// <summary>Counts the terms of each text once (texts are plain; the same term rules as the comparer's apply).</summary>
    public static TermRarity FromTexts(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var text in texts)
        {
            seen.Clear();
            foreach (var token in Tokenizer.Tokenize(text))
            {
                if (TermOf(text.AsSpan(token.Start, token.Length), token.Kind) is { } term && seen.Add(term))
                {
                    frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
                }
            }

            count++;
        }

        return new TermRarity(frequencies, count);
    }

    /// <summary>
    /// Reads a story-clustering frequency table (<see cref="ContentTerms"/> terms). Its terms are stripped the same way
    /// but without synonym folding, so each entry is filed under its canonical reuse term; variants add up.
    /// </summary>
    public static TermRarity FromDocumentFrequencies(TermDictionary terms, DocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(frequencies);
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < terms.Count; id++)
        {
            var term = terms.Term(id);
            var key = char.IsDigit(term[0]) ? term : ReuseTerms.OfWord(term) ?? term;
            table[key] = Math.Min(frequencies.DocumentCount, table.GetValueOrDefault(key) + frequencies.Count(id));
        }

        return new TermRarity(table, frequencies.DocumentCount);
    }

    /// <summary>Smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1: never zero, highest for unseen terms.</summary>
    public double InverseFrequency(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var frequency = _documentFrequency.GetValueOrDefault(term);
        return Math.Log((DocumentCount + 1.0) / (frequency + 1.0)) + 1.0;
    }

    internal static string? TermOf(ReadOnlySpan<char> text, TokenKind kind) => kind switch
    {
        TokenKind.Number => ReuseTerms.OfNumber(text),
        TokenKind.Word or TokenKind.Abbreviation => ReuseTerms.OfWord(text),
        _ => null,
    };
}
