using System.Collections.Immutable;

namespace NewsTrace.Evaluation;

/// <summary>"he"/"she" resolution against GUM's chains: pronouns scored, resolved to the right name, left unresolved, and one line per error.</summary>
public sealed record PronounCoreferenceEvaluation(int Scored, int Right, int Unresolved, ImmutableArray<string> Errors)
{
    public double Accuracy => Scored == 0 ? 0 : (double)Right / Scored;
}
