namespace NewsTrace.Entities;

/// <summary>A recognised name before linking: a token range, its type, for known names the gazetteer's canonical form, and how sure the rules are.</summary>
internal readonly record struct NameCandidate(int FirstToken, int LastToken, string Type, string? Canonical, NameEvidence Evidence = NameEvidence.Guess);
