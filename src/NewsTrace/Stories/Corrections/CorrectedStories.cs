namespace NewsTrace.Stories.Corrections;

/// <summary>The stories of a store with the user's decisions applied, and what each decision did.</summary>
/// <param name="Stories">Earliest first, as <see cref="StoryBuilder"/> orders them.</param>
/// <param name="Outcomes">One outcome per stored decision, in replay order.</param>
public sealed record CorrectedStories(IReadOnlyList<Story> Stories, IReadOnlyList<StoryDecisionOutcome> Outcomes);
