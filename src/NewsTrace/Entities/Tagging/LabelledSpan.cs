namespace NewsTrace.Entities.Tagging;

/// <summary>A labelled name in a text: a half-open UTF-16 range and its label (PER, ORG, LOC, NORP).</summary>
public readonly record struct LabelledSpan(int Start, int End, string Label);
