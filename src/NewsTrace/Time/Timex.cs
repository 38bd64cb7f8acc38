using NewsTrace.Documents;

namespace NewsTrace.Time;

/// <summary>A temporal expression normalised to TIMEX3.</summary>
/// <param name="Span">The expression in the text.</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">The TIMEX3 value ("2023-10-18", "P2D", "PAST_REF"), or null when it cannot be resolved (for example no document date).</param>
public sealed record Timex(TextSpan Span, string Type, string? Value);
