using System.Globalization;
using System.Text;
using NewsTrace.Documents;
using NewsTrace.Reuse.Diff;
using NewsTrace.Reuse.Discrepancies;

namespace NewsTrace.Reuse.Provenance;

/// <summary>
/// Introduced errors by majority: when two texts disagree on a fact, the one that stands against the other articles
/// of the story is the copy that changed it. A fact is compared as a phrase: the changed words with the unchanged
/// words around them ("Dorvan on Wednesday" against "Tevania on Wednesday"), so a word that occurs elsewhere for
/// other reasons does not count.
/// </summary>
internal sealed class MajorityCheck
{
    private readonly Dictionary<string, string> _normalized;

    public MajorityCheck(IEnumerable<ProvenanceArticle> articles)
    {
        _normalized = articles.ToDictionary(a => a.Id, a => " " + Normalize(a.Document.Text, new TextSpan(0, a.Document.Text.Length)) + " ", StringComparer.Ordinal);
    }

    /// <summary>The side of <paramref name="discrepancy"/> that the other articles contradict, with the reason.</summary>
    public (string CopyId, string Reason)? Judge(Discrepancy discrepancy, ProvenanceArticle original, ProvenanceArticle changed)
    {
        if (discrepancy.Original.Passage is not { } left || discrepancy.Changed.Passage is not { } right
            || discrepancy.Original.Change is not { } leftChange || discrepancy.Changed.Change is not { } rightChange)
        {
            return null;
        }

        var (before, after) = Context(original.Document.Text, left, changed.Document.Text, right, leftChange, rightChange);
        var originalPhrase = Join(before, Normalize(original.Document.Text, leftChange), after);
        var changedPhrase = Join(before, Normalize(changed.Document.Text, rightChange), after);
        var forOriginal = Count(originalPhrase, original.Id, changed.Id);
        var forChanged = Count(changedPhrase, original.Id, changed.Id);
        if (forOriginal == forChanged)
        {
            return null;
        }

        var culture = CultureInfo.InvariantCulture;
        return forOriginal > forChanged
            ? (changed.Id, string.Create(culture, $"{changed.Label} says '{changedPhrase}' where {original.Label} and {forOriginal} other article(s) say '{originalPhrase}'"))
            : (original.Id, string.Create(culture, $"{original.Label} says '{originalPhrase}' where {changed.Label} and {forChanged} other article(s) say '{changedPhrase}'"));
    }

    private int Count(string phrase, string exceptA, string exceptB)
        => _normalized.Count(pair => !string.Equals(pair.Key, exceptA, StringComparison.Ordinal)
            && !string.Equals(pair.Key, exceptB, StringComparison.Ordinal)
            && pair.Value.Contains(" " + phrase + " ", StringComparison.Ordinal));

    /// <summary>Up to two equal words before and after the change, as the word diff of the passages has them.</summary>
    private static (string Before, string After) Context(string leftText, TextSpan left, string rightText, TextSpan right, TextSpan leftChange, TextSpan rightChange)
    {
        var before = "";
        var after = "";
        foreach (var segment in WordDiff.Compare(leftText, left, rightText, right))
        {
            if (segment.Kind != DiffKind.Equal)
            {
                continue;
            }

            if (segment.Left.End <= leftChange.Start)
            {
                before = LastWords(Normalize(leftText, segment.Left), 2);
            }
            else if (segment.Left.Start >= leftChange.End && after.Length == 0 && segment.Right.Start >= rightChange.End)
            {
                after = FirstWords(Normalize(leftText, segment.Left), 2);
            }
        }

        return (before, after);
    }

    private static string Join(string before, string middle, string after)
        => string.Join(' ', new[] { before, middle, after }.Where(s => s.Length > 0));

    private static string LastWords(string words, int count) => string.Join(' ', words.Split(' ').TakeLast(count));

    private static string FirstWords(string words, int count) => string.Join(' ', words.Split(' ').Take(count));

    /// <summary>Lower-cased words separated by single spaces, so phrases compare regardless of punctuation.</summary>
    private static string Normalize(string text, TextSpan span)
    {
        var builder = new StringBuilder();
        foreach (var word in WordCount.Spans(text, span))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(word.Of(text).ToLower(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
