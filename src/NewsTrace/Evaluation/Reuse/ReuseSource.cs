namespace NewsTrace.Evaluation.Reuse;

/// <summary>A source article of the generated reuse set: its story (articles of one story are independent reports of it), name and text.</summary>
public sealed record ReuseSource(string Story, string Name, string Text);
