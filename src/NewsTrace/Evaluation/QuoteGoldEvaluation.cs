using System.Collections.Immutable;

namespace NewsTrace.Evaluation;

/// <summary>
/// Quote finding against samples/gold.json: how many gold quotes were found (recall), how many of those have the
/// gold speaker and kind, per kind, and the gold quotes that were missed.
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

    public double Recall => Gold == 0 ? 0 : (double)Found / Gold;

    /// <summary>Speaker accuracy over the found quotes.</summary>
    public double SpeakerAccuracy => Found == 0 ? 0 : (double)SpeakerCorrect / Found;

    public double KindAccuracy => Found == 0 ? 0 : (double)KindCorrect / Found;
}
