using System.Collections.Immutable;

namespace NewsTrace.Evaluation;

/// <summary>Pronouns or descriptions resolved against GUM's chains: how many were scored, resolved to the right name, left unresolved, and one line per error.</summary>
public sealed record CoreferenceScore(int Scored, int Right, int Unresolved, ImmutableArray<string> Errors)
{
    public double Accuracy => Scored == 0 ? 0 : (double)Right / Scored;
}
