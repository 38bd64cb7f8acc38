namespace NewsTrace.Reuse.Dedup;

/// <summary>
/// Whole lines of one input in a pooled buffer (<see cref="Bytes"/>[..<see cref="Length"/>]), starting at line
/// <see cref="FirstLine"/>; or, when <see cref="Error"/> is set, an input or line that could not be read.
/// </summary>
internal sealed record JsonlLineBatch(string Source, long FirstLine, byte[]? Bytes, int Length, string? Error = null);
