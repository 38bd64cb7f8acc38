namespace NewsTrace.Pipeline;

/// <summary>A message about one input: an error, a warning, or a stage failure.</summary>
public sealed record SourceMessage(string Source, string Message);
