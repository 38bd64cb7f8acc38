namespace NewsTrace.Entities.Tagging;

/// <summary>
/// The rules' names by the token they start at, and where the strong ones end. The merge asks the rule list about every
/// tagged span; scanning all rules for each span made it quadratic in the names of a document, and the tagger and the rules
/// mostly find the same names, so a guard alone rarely spares the scan.
/// </summary>
internal sealed class RuleMarks
{
    private readonly bool[] _strongEnds;

    public RuleMarks(List<NameCandidate> rules, List<NameCandidate> strong, int tokenCount)
    {
        Rules = new NamesByStart(rules);
        Strong = new NamesByStart(strong);
        _strongEnds = new bool[tokenCount];
        foreach (var name in strong)
        {
            _strongEnds[name.LastToken] = true;
            LongestStrong = Math.Max(LongestStrong, name.LastToken - name.FirstToken + 1);
        }
    }

    /// <summary>The rule names by their first token.</summary>
    public NamesByStart Rules { get; }

    /// <summary>The strong rule names by their first token (indices into the strong list).</summary>
    public NamesByStart Strong { get; }

    /// <summary>The most tokens a strong rule name spans (0 with none).</summary>
    public int LongestStrong { get; }

    /// <summary>False when no strong rule name ends at <paramref name="token"/>.</summary>
    public bool AnyStrongEndsAt(int token) => _strongEnds[token];
}
