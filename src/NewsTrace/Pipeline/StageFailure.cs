namespace NewsTrace.Pipeline;

/// <summary>A stage that did not run to completion on one document.</summary>
/// <param name="Stage">The stage's name.</param>
/// <param name="Message">Why: the exception message, or which failed stage it depended on.</param>
/// <param name="Skipped">True when the stage never ran because a stage it depends on failed.</param>
public sealed record StageFailure(string Stage, string Message, bool Skipped = false);
