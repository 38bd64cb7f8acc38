namespace NewsTrace.Entities.Data;

/// <summary>A known name: its type and the canonical name every alias of it maps to.</summary>
public sealed record GazetteerEntry(string Type, string Canonical);
