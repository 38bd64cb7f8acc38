namespace NewsTrace.Storage;

/// <summary>The names story decision kinds have in stores, JSON and on the command line: move, split, merge.</summary>
public static class StoryDecisionKindNames
{
    public static string Name(StoryDecisionKind kind) => kind switch
    {
        StoryDecisionKind.Move => "move",
        StoryDecisionKind.Split => "split",
        StoryDecisionKind.Merge => "merge",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown story decision kind."),
    };

    public static StoryDecisionKind Parse(string name) => name switch
    {
        "move" => StoryDecisionKind.Move,
        "split" => StoryDecisionKind.Split,
        "merge" => StoryDecisionKind.Merge,
        _ => throw new InvalidOperationException($"Unknown story decision kind '{name}' in the store."),
    };
}
