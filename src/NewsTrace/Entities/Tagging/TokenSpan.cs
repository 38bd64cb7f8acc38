namespace NewsTrace.Entities.Tagging;

/// <summary>A labelled run of tokens, first to last inclusive; <see cref="Label"/> indexes the tag set's labels.</summary>
internal readonly record struct TokenSpan(int First, int Last, int Label);
