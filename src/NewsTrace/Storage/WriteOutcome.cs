namespace NewsTrace.Storage;

/// <summary>What one batch write did.</summary>
/// <param name="Added">Articles that were new.</param>
/// <param name="AlreadyKnown">Articles whose id was already stored (left untouched).</param>
public sealed record WriteOutcome(int Added, int AlreadyKnown);
