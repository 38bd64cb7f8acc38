namespace NewsTrace.Stories.Corrections;

/// <summary>What replaying one decision did to the stories.</summary>
public enum StoryDecisionStatus
{
    /// <summary>The decision changed the stories.</summary>
    Applied = 0,

    /// <summary>The stories already were as decided (the clustering agrees now, or an earlier decision did it).</summary>
    AlreadyTrue = 1,

    /// <summary>The articles the decision names are gone, so it cannot apply; it is kept and may apply again later.</summary>
    Skipped = 2,
}
