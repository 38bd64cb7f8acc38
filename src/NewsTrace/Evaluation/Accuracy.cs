namespace NewsTrace.Evaluation;

/// <summary>A share of scored pages that matched; pages without a gold value are not scored and not counted.</summary>
/// <param name="Correct">Pages that matched.</param>
/// <param name="Scored">Pages that had a gold value.</param>
public readonly record struct Accuracy(int Correct, int Scored)
{
    /// <summary>Correct / scored, or 0 when nothing was scored.</summary>
    public double Rate => Scored == 0 ? 0 : (double)Correct / Scored;

    public static Accuracy Of(IEnumerable<bool?> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var correct = 0;
        var scored = 0;
        foreach (var match in matches)
        {
            if (match is { } value)
            {
                scored++;
                correct += value ? 1 : 0;
            }
        }

        return new Accuracy(correct, scored);
    }
}
