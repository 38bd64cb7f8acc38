using System.Collections.Immutable;
using System.Globalization;
using NewsTrace.Entities.Tagging;

namespace NewsTrace.Evaluation;

/// <summary>
/// Turns texts with inline name marks (<see cref="InlineLabelledText"/>) into documents <see cref="EntityEvaluator"/> scores
/// like GUM's: PER, ORG and LOC names are gold; NORP (CoNLL's MISC) is dropped, as the GUM scoring drops it.
/// </summary>
public static class LabelledTextScoring
{
    /// <summary>The file's stories as scored documents, each named by its number and first line (the headline).</summary>
    public static IReadOnlyList<GumDocument> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return InlineLabelledText.ReadFile(path).Select((text, index) => ToDocument(text, index + 1)).ToList();
    }

    public static GumDocument ToDocument(LabelledText text, int number)
    {
        ArgumentNullException.ThrowIfNull(text);
        var newline = text.Text.IndexOf('\n', StringComparison.Ordinal);
        var headline = newline < 0 ? text.Text : text.Text[..newline];
        var id = string.Create(CultureInfo.InvariantCulture, $"{number:00} {headline}");
        var names = text.Names.Where(name => name.Label is "PER" or "ORG" or "LOC").ToImmutableArray();
        return new GumDocument(id, "newswire", "labelled", text.Text, names);
    }
}
