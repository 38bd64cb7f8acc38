using System.Collections.Immutable;

namespace NewsTrace.Evaluation;

/// <summary>
/// Quote finding against samples/gold.json: how many gold quotes were found (recall), how many quotations found in the
/// gold's articles match a gold quote (precision), how many of the matched ones have the gold speaker and kind, per
/// kind, and the gold quotes that were missed and the quotations that match none.
/// </summary>
public sealed record QuoteGoldEvaluation(
    int Gold,
    int Found,
    int SpeakerCorrect,
    int KindCorrect,
    ImmutableSortedDictionary<string, (int Gold, int Found, int SpeakerCorrect)> ByKind,
    ImmutableArray<string> Missed)
{
    /// <summary>Found quotes whose speaker differs from the gold one: "key: [kind] text — gold X, found Y".</summary>
    public ImmutableArray<string> WrongSpeakers { get; init; } = [];

    /// <summary>Quotations found in the gold's articles, matched or not.</summary>
    public int Predicted { get; init; }

    /// <summary>Quotations that match no gold quote: "key: [kind] text — speaker".</summary>
    public ImmutableArray<string> Extras { get; init; } = [];

    /// <summary>How many of <see cref="Extras"/> have each found kind.</summary>
    public ImmutableSortedDictionary<string, int> ExtrasByKind { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    public double Recall => Gold == 0 ? 0 : (double)Found / Gold;

    /// <summary>Matched quotations over all quotations found (each gold quote matches at most one).</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Found / Predicted;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Speaker accuracy over the found quotes.</summary>
    public double SpeakerAccuracy => Found == 0 ? 0 : (double)SpeakerCorrect / Found;

    public double KindAccuracy => Found == 0 ? 0 : (double)KindCorrect / Found;
}
