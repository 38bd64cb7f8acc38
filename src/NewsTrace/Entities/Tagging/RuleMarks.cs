namespace NewsTrace.Entities.Tagging;

/// <summary>
/// The tokens where the rules' names start and those a strong rule name covers. The merge asks the rule list about every
/// tagged span; scanning all rules for each span made it quadratic in the names of a document, and most spans have no rule
/// name starting or strong name lying where the question looks, which these marks answer at once.
/// </summary>
internal sealed class RuleMarks
{
    private readonly bool[] _starts;
    private readonly bool[] _strong;

    public RuleMarks(List<NameCandidate> rules, int tokenCount)
    {
        _starts = new bool[tokenCount];
        _strong = new bool[tokenCount];
        foreach (var rule in rules)
        {
            _starts[rule.FirstToken] = true;
            if (rule.Evidence == NameEvidence.Strong)
            {
                _strong.AsSpan(rule.FirstToken, rule.LastToken - rule.FirstToken + 1).Fill(true);
            }
        }
    }

    /// <summary>False when no rule name starts at <paramref name="token"/>.</summary>
    public bool AnyStartsAt(int token) => _starts[token];

    /// <summary>False when no strong rule name covers any token from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public bool AnyStrongWithin(int first, int last) => _strong.AsSpan(first, last - first + 1).Contains(true);
}
