namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Which tokens a name of the merged list holds, for a pass that asks so of every token while it only adds names: a scan of
/// the list per question (<see cref="MergedNames.At"/>) made such a pass quadratic in the names of a document.
/// </summary>
internal sealed class NameCover
{
    private readonly bool[] _held;

    public NameCover(List<NameCandidate> merged, int tokenCount)
    {
        _held = new bool[tokenCount];
        foreach (var name in merged)
        {
            Add(name);
        }
    }

    /// <summary>True when a name holds token <paramref name="index"/>, as <c>MergedNames.At(merged, index) is not null</c>.</summary>
    public bool IsHeld(int index) => _held[index];

    /// <summary>Marks the tokens of a name the pass has just added to the list.</summary>
    public void Add(NameCandidate name) => _held.AsSpan(name.FirstToken, name.LastToken - name.FirstToken + 1).Fill(true);
}
