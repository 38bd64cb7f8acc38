namespace NewsTrace.Reuse.Diff;

/// <summary>What a run of a word diff does to the left text to get the right one.</summary>
public enum DiffKind
{
    /// <summary>The same words on both sides.</summary>
    Equal = 0,

    /// <summary>Words only the left side has.</summary>
    Delete = 1,

    /// <summary>Words only the right side has.</summary>
    Insert = 2,

    /// <summary>Words of the left side replaced by other words on the right.</summary>
    Replace = 3,
}
