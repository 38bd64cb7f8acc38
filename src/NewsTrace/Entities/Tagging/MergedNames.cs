namespace NewsTrace.Entities.Tagging;

/// <summary>Edits of the merged name list shared by the passes that retype names from their context.</summary>
internal static class MergedNames
{
    /// <summary>
    /// Puts <paramref name="name"/> in place of the names inside its tokens; nothing changes (false) when a name reaching outside
    /// them overlaps it, as that longer name ("Bank of Boston") is the better reading.
    /// </summary>
    public static bool TryReplace(List<NameCandidate> merged, NameCandidate name)
    {
        foreach (var other in merged)
        {
            var overlaps = other.FirstToken <= name.LastToken && other.LastToken >= name.FirstToken;
            if (overlaps && (other.FirstToken < name.FirstToken || other.LastToken > name.LastToken))
            {
                return false;
            }
        }

        merged.RemoveAll(other => other.FirstToken >= name.FirstToken && other.LastToken <= name.LastToken);
        merged.Add(name);
        return true;
    }

    /// <summary>The name covering token <paramref name="index"/>, if any.</summary>
    public static NameCandidate? At(List<NameCandidate> merged, int index)
    {
        foreach (var name in merged)
        {
            if (name.FirstToken <= index && index <= name.LastToken)
            {
                return name;
            }
        }

        return null;
    }
}
