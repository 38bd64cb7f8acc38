namespace NewsTrace.Entities;

/// <summary>A recognised name before linking: a token range, its type and, for known names, the gazetteer's canonical form.</summary>
internal readonly record struct NameCandidate(int FirstToken, int LastToken, string Type, string? Canonical);
