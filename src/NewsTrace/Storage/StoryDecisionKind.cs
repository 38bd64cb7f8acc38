namespace NewsTrace.Storage;

/// <summary>What a user decided about the grouping of articles into stories.</summary>
public enum StoryDecisionKind
{
    /// <summary>The <see cref="StoryDecision.Articles"/> belong to the story that holds most of <see cref="StoryDecision.Target"/>.</summary>
    Move = 0,

    /// <summary>The <see cref="StoryDecision.Articles"/> form a story of their own (<see cref="StoryDecision.Target"/> names the story they left, for display).</summary>
    Split = 1,

    /// <summary>The story that holds most of <see cref="StoryDecision.Articles"/> joins the story that holds most of <see cref="StoryDecision.Target"/>.</summary>
    Merge = 2,
}
